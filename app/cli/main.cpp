// tavola-cli: command-line tools around tavola_core (PromptPay payloads, QR images, receipts …).
#include "clicommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// Offscreen rendering makes QStandardPaths complain when XDG_RUNTIME_DIR is unset; the CLI
// never uses that directory, and its stderr is for messages the user should act on.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // Receipts are laid out with QPainter and fonts, which need a GUI application; other
    // commands run without one. The CLI never shows a window: offscreen unless told otherwise.
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool renders = command == "receipt" || command == "print-test";
    std::unique_ptr<QCoreApplication> app;
    if (renders) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tavola-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAVOLA_VERSION));

    QTranslator translator;
    const QString lang = qEnvironmentVariable("TAVOLA_LANG");
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (translator.load(locale, QStringLiteral("tavola"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    return tavola::cli::run(QCoreApplication::arguments());
}
