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

# Line tables (-g1) are enough for backtraces and sanitizer reports, and build much faster
# than full debug info with Qt's templates: used by the release-with-debug-info build (tests,
# demo) and the sanitizer build. A plain Debug build keeps full debug info for the debugger.
target_compile_options(comptoir_options INTERFACE $<$<CONFIG:RelWithDebInfo>:-g1>)

if(COMPTOIR_SANITIZE)
  target_compile_options(comptoir_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g1)
  target_link_options(comptoir_options INTERFACE -fsanitize=address,undefined)
endif()

# comptoir_unity(<target>): compiles the target's files in batches of 8 when COMPTOIR_UNITY
# is on. Files of a batch share one translation unit, so names in anonymous namespaces must
# be unique across the target (shared helpers go in a header, e.g. storage/SqlValues.h).
function(comptoir_unity target)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ${COMPTOIR_UNITY} UNITY_BUILD_BATCH_SIZE 8)
endfunction()
