// The page's sscanf (the link wraps libc's: -Wl,--wrap=sscanf in CMakeLists.txt). Only Dear ImGui
// calls sscanf, with a few fixed formats: the OpenGL backend reads "%d.%d" and "#version %d",
// and the imgui.ini handlers (never run: io.IniFilename is null) read "Pos=%i,%i",
// "0x%08X,%d", "Weight=%f%n", "Sort=%d%c%n" and the like. libc's sscanf is the whole vfscanf
// (about 2 KB compressed); this one does those conversions the same way and nothing more:
// %d %i %u %x %X (with a width), %f, %c, %n and %%, literal text, and blanks that match any run
// of white space. Any other conversion ends the scan as a matching failure would.
#include <cctype>
#include <cstdarg>
#include <cstdlib>

namespace {

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

// Reads an integer of `base` (0: as %i, by prefix) from s, at most `width` characters. Returns
// the characters read, 0 when there is no number.
int scan_integer(const char* s, int width, int base, long long* out) {
    int at = 0;
    bool negative = false;
    if (at < width && (s[at] == '+' || s[at] == '-')) negative = s[at++] == '-';
    if ((base == 0 || base == 16) && at + 2 < width && s[at] == '0' && (s[at + 1] == 'x' || s[at + 1] == 'X') &&
        digit_value(s[at + 2]) < 16) {
        base = 16;
        at += 2;
    } else if (base == 0) {
        base = s[at] == '0' ? 8 : 10;
    }
    const int start = at;
    unsigned long long value = 0;
    while (at < width && digit_value(s[at]) < base) value = value * static_cast<unsigned>(base) + static_cast<unsigned>(digit_value(s[at++]));
    if (at == start) return 0;
    *out = static_cast<long long>(negative ? 0 - value : value);
    return at;
}

}  // namespace

extern "C" int __wrap_sscanf(const char* input, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const char* s = input;
    int assigned = 0;
    bool converted = false;  // a conversion was attempted on available input
    for (const char* f = format; *f; ++f) {
        if (std::isspace(static_cast<unsigned char>(*f))) {
            while (std::isspace(static_cast<unsigned char>(*s))) ++s;
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            if (*f == '%') ++f;
            if (*s != *f) {
                if (!*s && !converted) assigned = -1;  // input ended before the first conversion
                break;
            }
            ++s;
            continue;
        }
        ++f;
        int width = 0;
        while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        const char conversion = *f;
        if (!conversion) break;
        if (conversion == 'n') {
            *va_arg(args, int*) = static_cast<int>(s - input);
            continue;
        }
        if (conversion == 'c') {
            if (!*s) {
                if (!converted) assigned = -1;
                break;
            }
            char* to = va_arg(args, char*);
            for (int i = 0; i < (width ? width : 1); ++i) {
                if (!*s) break;
                to[i] = *s++;
            }
            ++assigned;
            converted = true;
            continue;
        }
        while (std::isspace(static_cast<unsigned char>(*s))) ++s;
        if (!*s) {
            if (!converted) assigned = -1;
            break;
        }
        converted = true;
        if (conversion == 'f') {
            char* end = nullptr;
            const float value = std::strtof(s, &end);
            if (end == s) break;
            *va_arg(args, float*) = value;
            s = end;
        } else if (conversion == 'd' || conversion == 'i' || conversion == 'u' || conversion == 'x' || conversion == 'X') {
            long long value = 0;
            const int base = conversion == 'i' ? 0 : conversion == 'x' || conversion == 'X' ? 16 : 10;
            const int read = scan_integer(s, width ? width : 1 << 30, base, &value);
            if (read == 0) break;
            *va_arg(args, int*) = static_cast<int>(value);
            s += read;
        } else {
            break;  // a conversion ImGui does not use
        }
        ++assigned;
    }
    va_end(args);
    return assigned;
}
