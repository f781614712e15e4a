#pragma once

#include <QtGlobal>

// The numbers of the zip format (PKWARE's APPNOTE.TXT) that the archive writer and reader share.
namespace mutualise::formats::zip {

inline constexpr quint32 localHeaderSignature = 0x04034b50;
inline constexpr quint32 centralHeaderSignature = 0x02014b50;
inline constexpr quint32 endOfDirectorySignature = 0x06054b50;

// General purpose bits.
inline constexpr quint16 encrypted = 0x0001; // bit 0
inline constexpr quint16 namesInUtf8 = 0x0800; // bit 11

// Methods of compression.
inline constexpr quint16 stored = 0;
inline constexpr quint16 deflated = 8;

} // namespace mutualise::formats::zip
