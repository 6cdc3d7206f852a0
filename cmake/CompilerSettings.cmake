# One INTERFACE target that carries the language standard, warnings and Qt's safety macros.
# Every target of the project links it, so no directory-wide flags are needed.
add_library(creditdesk_settings INTERFACE)

target_compile_features(creditdesk_settings INTERFACE cxx_std_20)

target_compile_definitions(creditdesk_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  QT_FORCE_ASSERTS
  CREDITDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
  target_compile_options(creditdesk_settings INTERFACE /W4 /WX /utf-8 /permissive-)
else()
  target_compile_options(creditdesk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wimplicit-fallthrough)
  target_compile_definitions(creditdesk_settings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
endif()

option(CREDITDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CREDITDESK_SANITIZE AND NOT MSVC)
  target_compile_options(creditdesk_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(creditdesk_settings INTERFACE -fsanitize=address,undefined)
endif()

option(CREDITDESK_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(CREDITDESK_FUZZ)
  target_compile_options(creditdesk_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(creditdesk_settings INTERFACE -fsanitize=address,undefined)
endif()
