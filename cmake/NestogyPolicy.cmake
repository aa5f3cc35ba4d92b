# One INTERFACE target carries the language standard, definitions and warnings; every target links it.
add_library(nestogy_policy INTERFACE)
target_compile_features(nestogy_policy INTERFACE cxx_std_20)
target_compile_definitions(nestogy_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS)
target_compile_options(nestogy_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${NESTOGY_WERROR}>:-Werror>)
if(NESTOGY_ASAN)
    target_compile_options(nestogy_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(nestogy_policy INTERFACE -fsanitize=address,undefined)
endif()
