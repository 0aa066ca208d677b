#pragma once

namespace tavola::sqlite {

/// Makes SQLite write each commit's WAL frames with one system call instead of two per page.
///
/// SQLite appends a commit to the write-ahead log a frame at a time (a 24-byte header and a page:
/// two pwrite() calls per page), so a commit that touches 50 pages makes about 100 system calls
/// before its fsync. This installs, as SQLite's default, a thin VFS over the platform's own that
/// gathers consecutive writes to a "-wal" file in memory and hands them to the file in a few writes
/// when the commit's last frame is written (so a failed write fails the commit), and in any case
/// before anything can depend on them: before the log is synced, read, sized, truncated or closed,
/// and whenever a connection publishes or looks for new frames (the shared-memory barrier and
/// locks). A commit is therefore on disk exactly when it was before (its fsync comes after the
/// write), and no reader, in this process or another, can see a frame that is not yet in the file.
/// Other files (the database, journals) pass straight through.
///
/// The first call also turns SQLite's memory statistics off (SQLITE_CONFIG_MEMSTATUS, when SQLite
/// is not yet initialised): they take a process-wide mutex around every allocation, and Tavola
/// reads none of them.
///
/// Safe to call more than once and from any thread; only the first call installs. Does nothing when
/// Tavola is built without SQLite's headers, or when Qt's SQLite driver carries its own copy of
/// SQLite (it then never sees this VFS). Returns whether SQLite's default VFS is this one.
bool installWalWriteBuffer();

/// Whether SQLite's default VFS in this process is the buffer (installs nothing). sqlite::File
/// installs it before it opens a file.
bool walWriteBufferInstalled();

/// The name of the platform's own VFS under the buffer ("unix", "win32"), for a connection that
/// wants stock SQLite (a benchmark's baseline: `file:PATH?vfs=NAME`). Empty when none is installed.
const char *platformVfs();

/// How many database files (not journals) SQLite has opened through the buffer in this process. A
/// connection whose opening made it grow is on the SQLite library Tavola links, so Tavola may talk
/// to it through SQLite's own API (sqlite::Statements); one on a copy inside Qt's driver never does.
unsigned long long databasesOpenedThroughBuffer();

} // namespace tavola::sqlite
