/* An empty ICU data library, built by packaging/build.py to replace the 32 MB
 * libicudata that PySide6's Qt links to on Linux (see stub_icu_data there).
 *
 * This is what ICU's own stubdata library (icu4c/source/stubdata) holds: a
 * data table of contents with no entries, so the library links and loads but
 * ICU finds none of its data. What zzreader draws never needs it (the frozen
 * self-test and the window render the same with it); what does (QCollator,
 * Qt's GB18030 codec) falls back or reports itself unavailable, see the spec.
 * ICUDATA_ENTRY is the versioned symbol Qt's ICU looks for, e.g. icudt73_dat.
 */
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint16_t size;
    uint16_t reservedWord;
    uint8_t isBigEndian;
    uint8_t charsetFamily;
    uint8_t sizeofUChar;
    uint8_t reservedByte;
    uint8_t dataFormat[4];
    uint8_t formatVersion[4];
    uint8_t dataVersion[4];
} UDataInfo;

typedef struct {
    uint16_t headerSize;
    uint8_t magic1, magic2;
    UDataInfo info;
    char padding[8];
    uint32_t count, reserved;
    struct { const char *name; const void *data; } toc[1];
    int fakeNameAndData[4];
} ICUDataHeader;

__attribute__((visibility("default"))) const ICUDataHeader ICUDATA_ENTRY = {
    32, 0xda, 0x27,
    {sizeof(UDataInfo), 0, 0 /* little-endian */, 0 /* ASCII */, 2, 0,
     {0x54, 0x6f, 0x43, 0x50} /* "ToCP" */, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0, 0,
    {{NULL, NULL}},
    {0, 0, 0, 0},
};
