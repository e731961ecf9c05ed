# Precompiled headers: the Qt and standard headers almost every file of a target includes,
# parsed once per target instead of once per file (measured: see README, "Build times").
# COMPTOIR_PCH=OFF builds without them (e.g. to check that every file includes what it uses).
option(COMPTOIR_PCH "Use precompiled headers" ON)

set(COMPTOIR_PCH_CORE
  <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QString>
  <QStringList> <QVariant> <QSqlError> <QSqlQuery>
  <algorithm> <functional> <memory> <optional> <vector>)
set(COMPTOIR_PCH_UI ${COMPTOIR_PCH_CORE}
  <QAbstractItemModel> <QAction> <QBoxLayout> <QComboBox> <QDialog> <QFormLayout>
  <QLabel> <QLineEdit> <QPushButton> <QTableView> <QWidget>)

# comptoir_precompile(<target> CORE|UI|TEST|GUITEST [SKIP file...])
function(comptoir_precompile target kind)
  if(NOT COMPTOIR_PCH)
    return()
  endif()
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "SKIP")
  if(kind STREQUAL "UI")
    target_precompile_headers(${target} PRIVATE ${COMPTOIR_PCH_UI})
  elseif(kind STREQUAL "TEST")
    target_precompile_headers(${target} PRIVATE ${COMPTOIR_PCH_CORE} <catch2/catch.hpp>)
  elseif(kind STREQUAL "GUITEST")
    target_precompile_headers(${target} PRIVATE ${COMPTOIR_PCH_UI} <QSignalSpy> <QTest>)
  else()
    target_precompile_headers(${target} PRIVATE ${COMPTOIR_PCH_CORE})
  endif()
  if(arg_SKIP)
    set_source_files_properties(${arg_SKIP} TARGET_DIRECTORY ${target}
      PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()

# comptoir_reuse_precompiled(<target> <from>): <target> uses the header <from> precompiled
# (the test executables share their support library's, instead of one each). Both must be
# compiled with the same flags and definitions, which linking <from> PUBLIC-ly gives.
function(comptoir_reuse_precompiled target from)
  if(COMPTOIR_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
  endif()
endfunction()
