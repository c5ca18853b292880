# The web app: Dear ImGui (fetched by scripts/setup.sh), our UI and platform code, the
# embedded font, and the static site folder build/web/site.

set(IMGUI_DIR "" CACHE PATH "A Dear ImGui 1.90.x checkout (scripts/setup.sh fetches one into build/_deps/imgui)")
if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui not found at '${IMGUI_DIR}'. Run scripts/setup.sh, or pass -DIMGUI_DIR=<checkout>.")
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp
  ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp)
# WebGL2 is OpenGL ES 3.0; the backend would otherwise assume ES 2 under emscripten.
# 32-bit ImWchar: characters beyond the BMP (emoji, historic scripts) survive editing.
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32
                                        IMGUI_DISABLE_DEFAULT_FONT)

# --- The UI font: Inter from Debian's fonts-inter, cut down to the scripts we promise ---
# Latin, Latin Extended, combining marks, Greek, Cyrillic, punctuation, arrows and the euro
# sign. ui/fonts.cpp asks ImGui for the same ranges and draws its own U+FFFD box for the rest.
set(ONWARD_FONT_UNICODES "U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+20AC,U+2190-2193,U+2212,U+2713")
set(ONWARD_FONT_DIR /usr/share/fonts/opentype/inter)
set(ONWARD_FONTS)
foreach(face Regular SemiBold)
  set(src ${ONWARD_FONT_DIR}/Inter-${face}.otf)
  if(NOT EXISTS ${src})
    message(FATAL_ERROR "${src} is missing: run scripts/setup.sh (Debian package fonts-inter)")
  endif()
  set(sub ${CMAKE_BINARY_DIR}/fonts/Inter-${face}.otf)
  set(cpp ${CMAKE_BINARY_DIR}/fonts/font_inter_${face}.cpp)
  add_custom_command(OUTPUT ${sub}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
    # ImGui neither shapes nor kerns, so layout tables and hints are dropped; unrolled
    # subroutines cost bytes but gzip better.
    COMMAND pyftsubset ${src} --unicodes=${ONWARD_FONT_UNICODES} --layout-features=
            --drop-tables+=GDEF,GPOS,GSUB --no-hinting --no-glyph-names --desubroutinize
            --name-IDs=0,1,2,3,4,5,6 --output-file=${sub}
    DEPENDS ${src} VERBATIM)
  add_custom_command(OUTPUT ${cpp}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${sub} -DOUTPUT=${cpp} -DSYMBOL=kFontInter${face}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_file.cmake
    DEPENDS ${sub} ${CMAKE_SOURCE_DIR}/cmake/embed_file.cmake VERBATIM)
  list(APPEND ONWARD_FONTS ${cpp})
endforeach()

add_executable(onward
  src/app/app.cpp
  src/app/main.cpp
  src/platform/browser.cpp
  src/platform/frame_loop.cpp
  src/platform/indexeddb_storage.cpp
  src/platform/input.cpp
  src/ui/fonts.cpp
  src/ui/header.cpp
  src/ui/theme.cpp
  src/ui/today_screen.cpp
  src/ui/widgets.cpp
  ${ONWARD_FONTS})
target_link_libraries(onward PRIVATE onward_core imgui)
target_compile_options(onward PRIVATE ${ONWARD_WARNINGS})
set_source_files_properties(${ONWARD_FONTS} PROPERTIES COMPILE_OPTIONS "-Wno-error")

set(ONWARD_SITE ${CMAKE_BINARY_DIR}/site)
set(ONWARD_JS_LIBRARY ${CMAKE_SOURCE_DIR}/web/onward_platform.js)
set_target_properties(onward PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${ONWARD_SITE} SUFFIX ".js")
target_link_options(onward PRIVATE
  --js-library ${ONWARD_JS_LIBRARY}
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sTOTAL_STACK=1048576
  -sENVIRONMENT=web -sEXPORTED_RUNTIME_METHODS=[UTF8ToString,stringToUTF8,lengthBytesUTF8]
  -sEXPORTED_FUNCTIONS=[_main,_malloc,_free]
  -sFILESYSTEM=0)
set_property(TARGET onward APPEND PROPERTY LINK_DEPENDS ${ONWARD_JS_LIBRARY})

# The rest of the site is copied as it is.
file(GLOB ONWARD_WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*.html ${CMAKE_SOURCE_DIR}/web/*.css)
add_custom_command(TARGET onward POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${ONWARD_WEB_FILES} ${ONWARD_SITE}
  VERBATIM)
