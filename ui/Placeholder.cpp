// Removed once the first screen lands.
namespace comptoir::ui {
int placeholder() { return 0; }
}
