# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=kName -P scripts/embed_file.cmake
# Writes the bytes of INPUT as a C++ array, so the app carries them without a fetch.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT} "// Generated from ${INPUT} by scripts/embed_file.cmake. Do not edit.\n#include <cstddef>\nextern const unsigned char ${SYMBOL}[];\nextern const size_t ${SYMBOL}Size;\nalignas(4) const unsigned char ${SYMBOL}[] = {\n${bytes}\n};\nconst size_t ${SYMBOL}Size = ${size};\n")
