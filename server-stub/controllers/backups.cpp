// /api/v1/admin/backups: a consistent copy of the embedded SQLite database taken on demand while
// serving, and the list of those kept (the scheduled ones too). PostgreSQL is pg_dump's work.
#include "storage/backups.h"

#include "controllers.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

Status sqliteOnly(const RequestContext &ctx)
{
    if (ctx.db.isPostgres())
        return Error{ErrorCode::NotSupported, u"Back up a PostgreSQL database with pg_dump (see the operations guide)"_s, {}};
    return {};
}

ApiResult createBackup(RequestContext &ctx)
{
    if (auto s = sqliteOnly(ctx); !s)
        return s.error();
    auto backup = takeBackup(ctx.db.url().path, backupDir(ctx.state.config, ctx.db.url()), ctx.state.config.backupKeep, ctx.now);
    if (!backup)
        return backup.error();
    if (auto s = audit(ctx, u"backup.create"_s, u"backup"_s, QFileInfo(backup->file).fileName(), {}, backup->toJson()); !s)
        return s.error();
    return ApiResult::ok(backup->toJson(), 201);
}

ApiResult listAll(RequestContext &ctx)
{
    if (auto s = sqliteOnly(ctx); !s)
        return s.error();
    QJsonArray out;
    for (const BackupFile &b : listBackups(backupDir(ctx.state.config, ctx.db.url())))
        out.append(b.toJson());
    return ApiResult::ok(QJsonObject{{u"backups"_s, out}});
}

} // namespace

void registerBackupRoutes(Router &router)
{
    const Permission admin = Permission::only({Role::Admin});
    router.post(u"/api/v1/admin/backups"_s, admin, Idempotency::Optional, createBackup);
    router.get(u"/api/v1/admin/backups"_s, admin, listAll);
}

} // namespace tavola::server
