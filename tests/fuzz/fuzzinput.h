#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// libFuzzer hands each target raw bytes; the readers under test take a QByteArray. The copy is
// deliberate: a QByteArray::fromRawData view would let a reader that relies on the terminating
// NUL of a real QByteArray read past the fuzzer's buffer and hide that bug from ASan.
inline QByteArray fuzzInput(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property that must hold for every input; a violation is a finding, reported as a crash.
#define FUZZ_ASSERT(condition)                                                                                         \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            __builtin_trap();                                                                                          \
    } while (false)
