#include "sqlite/walbuffer.h"

#ifdef TAVOLA_HAVE_SQLITE3_H

#include <algorithm>
#include <atomic>
#include <mutex>
#include <new>
#include <set>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace tavola::sqlite {
namespace {

// A commit of a busy till writes a few hundred kB of log; a larger one (a migration, an import)
// is written in pieces of this size.
constexpr std::size_t bufferCapacity = 1 << 20;
// The most the platform's file takes in one write (SQLite's unix VFS masks a length to 17 bits).
constexpr std::size_t writeLimit = 64 * 1024;

struct WalBuffer
{
    std::mutex mutex;
    std::vector<char> bytes;
    sqlite3_int64 start = 0; // file offset of bytes[0]
    bool commitFrame = false; // the last write was the header of a commit's last frame
};

// A frame is written as its 24-byte header, then its page. A commit's last frame has the size of
// the database after the commit in header bytes 4-7; every other frame has 0 there.
constexpr int frameHeaderBytes = 24;

bool isCommitFrameHeader(const void *data, int amount)
{
    if (amount != frameHeaderBytes)
        return false;
    const auto *b = static_cast<const unsigned char *>(data);
    return (b[4] | b[5] | b[6] | b[7]) != 0;
}

/// Our sqlite3_file: the platform VFS's own file follows it in the same allocation.
struct File
{
    sqlite3_file base;
    WalBuffer *wal; // null: not a write-ahead log, every call passes through
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_vfs *g_platform = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods[4]; // by the platform file's iVersion (1-3)

std::mutex g_walsMutex;
std::set<File *> g_wals; // every log open in this process

File *self(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

/// Writes out what `f` holds (its mutex held).
int writeOut(File *f)
{
    WalBuffer &w = *f->wal;
    if (w.bytes.empty())
        return SQLITE_OK;
    int rc = SQLITE_OK;
    for (std::size_t done = 0; done < w.bytes.size() && rc == SQLITE_OK; done += writeLimit) {
        const int n = int(std::min(writeLimit, w.bytes.size() - done));
        rc = f->real()->pMethods->xWrite(f->real(), w.bytes.data() + done, n, w.start + sqlite3_int64(done));
    }
    w.bytes.clear(); // (on failure SQLite abandons the transaction; its frames are never published)
    return rc;
}

int flush(File *f)
{
    if (!f->wal)
        return SQLITE_OK;
    std::lock_guard lock(f->wal->mutex);
    return writeOut(f);
}

/// Before any connection publishes frames or looks for them: every log's frames in its file.
void flushAll()
{
    std::lock_guard lock(g_walsMutex);
    for (File *f : g_wals)
        flush(f);
}

int xClose(sqlite3_file *file)
{
    File *f = self(file);
    int rc = flush(f);
    if (f->wal) {
        {
            std::lock_guard lock(g_walsMutex);
            g_wals.erase(f);
        }
        delete f->wal;
        f->wal = nullptr;
    }
    const int closed = f->real()->pMethods->xClose(f->real());
    return rc != SQLITE_OK ? rc : closed;
}

int xRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    File *f = self(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real()->pMethods->xRead(f->real(), out, amount, offset);
}

int xWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    File *f = self(file);
    if (!f->wal)
        return f->real()->pMethods->xWrite(f->real(), data, amount, offset);
    std::lock_guard lock(f->wal->mutex);
    WalBuffer &w = *f->wal;
    const bool follows = !w.bytes.empty() && offset == w.start + sqlite3_int64(w.bytes.size());
    if (!follows || w.bytes.size() + std::size_t(amount) > bufferCapacity) {
        if (int rc = writeOut(f); rc != SQLITE_OK)
            return rc;
    }
    if (std::size_t(amount) > bufferCapacity) {
        w.commitFrame = false;
        return f->real()->pMethods->xWrite(f->real(), data, amount, offset);
    }
    if (w.bytes.empty()) {
        w.bytes.reserve(bufferCapacity);
        w.start = offset;
    }
    const char *bytes = static_cast<const char *>(data);
    w.bytes.insert(w.bytes.end(), bytes, bytes + amount);
    // The commit's last page: written out now, so that a failure (a full disk) fails the commit
    // here, where SQLite still sees it, and not later, where nobody could (the publishing barrier
    // when the log is not synced at every commit).
    const bool commitEnds = std::exchange(w.commitFrame, isCommitFrameHeader(data, amount));
    if (commitEnds)
        return writeOut(f);
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    File *f = self(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real()->pMethods->xTruncate(f->real(), size);
}

int xSync(sqlite3_file *file, int flags)
{
    File *f = self(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real()->pMethods->xSync(f->real(), flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    File *f = self(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real()->pMethods->xFileSize(f->real(), size);
}

int xLock(sqlite3_file *file, int level)
{
    return self(file)->real()->pMethods->xLock(self(file)->real(), level);
}

int xUnlock(sqlite3_file *file, int level)
{
    return self(file)->real()->pMethods->xUnlock(self(file)->real(), level);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return self(file)->real()->pMethods->xCheckReservedLock(self(file)->real(), out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    File *f = self(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real()->pMethods->xFileControl(f->real(), op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    return self(file)->real()->pMethods->xSectorSize(self(file)->real());
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    return self(file)->real()->pMethods->xDeviceCharacteristics(self(file)->real());
}

// The shared-memory calls come on the database file; they are where a connection publishes new
// frames (the barrier between the two copies of the log's header) or takes and drops its locks.
int xShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    return self(file)->real()->pMethods->xShmMap(self(file)->real(), page, pageSize, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    flushAll();
    return self(file)->real()->pMethods->xShmLock(self(file)->real(), offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    flushAll();
    self(file)->real()->pMethods->xShmBarrier(self(file)->real());
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return self(file)->real()->pMethods->xShmUnmap(self(file)->real(), deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    File *f = self(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real()->pMethods->xFetch(f->real(), offset, amount, out);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *p)
{
    return self(file)->real()->pMethods->xUnfetch(self(file)->real(), offset, p);
}

// Databases opened through the buffer: a connection whose opening counted one is on this SQLite.
std::atomic<unsigned long long> g_mainOpens{0};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    File *f = self(file);
    f->base.pMethods = nullptr;
    f->wal = nullptr;
    const int rc = g_platform->xOpen(g_platform, name, f->real(), flags, outFlags);
    const sqlite3_io_methods *real = f->real()->pMethods;
    if (!real) // (failed: SQLite calls nothing on the file, not even xClose)
        return rc;
    const int version = std::clamp(real->iVersion, 1, 3);
    f->base.pMethods = &g_methods[version];
    if (rc == SQLITE_OK && (flags & SQLITE_OPEN_MAIN_DB))
        g_mainOpens.fetch_add(1, std::memory_order_relaxed);
    if (rc == SQLITE_OK && (flags & SQLITE_OPEN_WAL)) {
        f->wal = new (std::nothrow) WalBuffer;
        if (f->wal) {
            std::lock_guard lock(g_walsMutex);
            g_wals.insert(f);
        }
    }
    return rc;
}

// The rest of the VFS is the platform's.
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_platform->xDelete(g_platform, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_platform->xAccess(g_platform, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_platform->xFullPathname(g_platform, name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return g_platform->xDlOpen(g_platform, name);
}
void xDlError(sqlite3_vfs *, int n, char *out)
{
    g_platform->xDlError(g_platform, n, out);
}
void (*xDlSym(sqlite3_vfs *, void *lib, const char *symbol))(void)
{
    return g_platform->xDlSym(g_platform, lib, symbol);
}
void xDlClose(sqlite3_vfs *, void *lib)
{
    g_platform->xDlClose(g_platform, lib);
}
int xRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_platform->xRandomness(g_platform, n, out);
}
int xSleep(sqlite3_vfs *, int microseconds)
{
    return g_platform->xSleep(g_platform, microseconds);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return g_platform->xCurrentTime(g_platform, out);
}
int xGetLastError(sqlite3_vfs *, int n, char *out)
{
    return g_platform->xGetLastError(g_platform, n, out);
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_platform->xCurrentTimeInt64(g_platform, out);
}
int xSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return g_platform->xSetSystemCall(g_platform, name, call);
}
sqlite3_syscall_ptr xGetSystemCall(sqlite3_vfs *, const char *name)
{
    return g_platform->xGetSystemCall(g_platform, name);
}
const char *xNextSystemCall(sqlite3_vfs *, const char *name)
{
    return g_platform->xNextSystemCall(g_platform, name);
}

bool install()
{
    // (SQLITE_MISUSE when SQLite is already initialised: the statistics then stay on.)
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    g_platform = sqlite3_vfs_find(nullptr);
    if (!g_platform || g_platform->iVersion < 3)
        return false;
    for (int v = 1; v <= 3; ++v) {
        sqlite3_io_methods &m = g_methods[v];
        m = {};
        m.iVersion = v;
        m.xClose = xClose;
        m.xRead = xRead;
        m.xWrite = xWrite;
        m.xTruncate = xTruncate;
        m.xSync = xSync;
        m.xFileSize = xFileSize;
        m.xLock = xLock;
        m.xUnlock = xUnlock;
        m.xCheckReservedLock = xCheckReservedLock;
        m.xFileControl = xFileControl;
        m.xSectorSize = xSectorSize;
        m.xDeviceCharacteristics = xDeviceCharacteristics;
        if (v >= 2) {
            m.xShmMap = xShmMap;
            m.xShmLock = xShmLock;
            m.xShmBarrier = xShmBarrier;
            m.xShmUnmap = xShmUnmap;
        }
        if (v >= 3) {
            m.xFetch = xFetch;
            m.xUnfetch = xUnfetch;
        }
    }
    g_vfs = {};
    g_vfs.iVersion = 3;
    g_vfs.szOsFile = int(sizeof(File)) + g_platform->szOsFile;
    g_vfs.mxPathname = g_platform->mxPathname;
    g_vfs.zName = "tavola-wal";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    g_vfs.xSetSystemCall = xSetSystemCall;
    g_vfs.xGetSystemCall = xGetSystemCall;
    g_vfs.xNextSystemCall = xNextSystemCall;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

bool installWalWriteBuffer()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] { installed = install(); });
    return installed;
}

bool walWriteBufferInstalled()
{
    return sqlite3_vfs_find(nullptr) == &g_vfs;
}

const char *platformVfs()
{
    return installWalWriteBuffer() ? g_platform->zName : "";
}

unsigned long long databasesOpenedThroughBuffer()
{
    return g_mainOpens.load(std::memory_order_relaxed);
}

} // namespace tavola::sqlite

#else

namespace tavola::sqlite {

bool installWalWriteBuffer()
{
    return false;
}

bool walWriteBufferInstalled()
{
    return false;
}

const char *platformVfs()
{
    return "";
}

unsigned long long databasesOpenedThroughBuffer()
{
    return 0;
}

} // namespace tavola::sqlite

#endif
