#pragma once

// Shared by the fuzz targets (docs/reliability.md, "Fuzzing").

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

namespace servqa::fuzz {

// A file compiled into the target (servqa_fuzz_embed() in CMakeLists.txt).
struct Blob
{
    const char *data;
    qsizetype size;
    QByteArray bytes() const { return QByteArray::fromRawData(data, size); }
};

// The input as a QByteArray without a copy (valid during LLVMFuzzerTestOneInput only).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// For the targets whose code needs an application object (Qt SQL loads its driver plugins
// only with one). Made once per process, kept to the end.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "servqa-fuzz";
    static char *argv[] = {name, nullptr};
    static std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(argc, argv);
}

// A finding that is not a memory error: stop here so that libFuzzer keeps the input.
[[noreturn]] inline void finding(const char *what)
{
    fprintf(stderr, "servqa-fuzz: FINDING: %s\n", what);
    __builtin_trap();
}

} // namespace servqa::fuzz
