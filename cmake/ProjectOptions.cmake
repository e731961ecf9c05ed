# One INTERFACE target carries the options of our own code: standard, warnings,
# Qt hygiene defines and sanitizers. Link it; never set global flags.
add_library(comptoir_options INTERFACE)
target_compile_features(comptoir_options INTERFACE cxx_std_20)
target_compile_options(comptoir_options INTERFACE -Wall -Wextra -Wpedantic)
if(COMPTOIR_WERROR)
  target_compile_options(comptoir_options INTERFACE -Werror)
endif()
target_compile_definitions(comptoir_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(COMPTOIR_SANITIZE)
  target_compile_options(comptoir_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(comptoir_options INTERFACE -fsanitize=address,undefined)
endif()
