#pragma once

namespace comptoir::ui {

class MainWindow;

/** Registers every area of the application, in sidebar order, with its permission. */
void registerAreas(MainWindow &window);

} // namespace comptoir::ui
