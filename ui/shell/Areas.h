#pragma once

namespace comptoir::ui {

class MainWindow;

/**
 * Registers every area of the application, in sidebar order, with its permission, and
 * answers the pages' requests to the window's Navigator (open a customer, an item, a
 * filtered list, a sale) by showing the area and handing its page what was asked.
 */
void registerAreas(MainWindow &window);

} // namespace comptoir::ui
