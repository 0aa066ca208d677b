# The one INTERFACE target every Tavola target links: language level, warnings, Qt defines.
add_library(tavola_config INTERFACE)
add_library(Tavola::config ALIAS tavola_config)

target_compile_features(tavola_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(tavola_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)

if(MSVC)
    target_compile_options(tavola_config INTERFACE /W4 /permissive- /utf-8)
    if(TAVOLA_WERROR)
        target_compile_options(tavola_config INTERFACE /WX)
    endif()
else()
    target_compile_options(tavola_config INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wimplicit-fallthrough -Wcast-align -Wnull-dereference -Wformat=2)
    if(TAVOLA_WERROR)
        target_compile_options(tavola_config INTERFACE -Werror)
    endif()
    if(TAVOLA_SANITIZE)
        target_compile_options(tavola_config INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(tavola_config INTERFACE -fsanitize=address,undefined)
    endif()
    if(TAVOLA_FUZZ)
        target_compile_options(tavola_config INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(tavola_config INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# The instant every test starts on (tavola::clock, TAVOLA_TEST_CLOCK): 12:00 in Bangkok on an
# ordinary Monday, in the middle of a business day. Tests that need another instant set it.
set(TAVOLA_TEST_CLOCK "2026-06-15T05:00:00Z")

# Registers a Qt Test executable with CTest. Usage:
#   tavola_add_test(NAME tst_money SOURCES tst_money.cpp LIBS tavola_core LABELS unit)
function(tavola_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Tavola::config Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # Sanitized code runs several times slower (tst_server_api: ~75 s → ~700 s under ASan + UBSan).
    if(TAVOLA_SANITIZE)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 4")
    endif()
    # Every test runs on the fixed test clock (tavola::clock): 12:00 in Bangkok on a Monday.
    set(env "QT_QPA_PLATFORM=offscreen" "TAVOLA_TEST_CLOCK=${TAVOLA_TEST_CLOCK}" ${T_ENV})
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
