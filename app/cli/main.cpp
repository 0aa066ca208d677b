// tavola-cli: command-line tools around tavola_core (PromptPay payloads, QR images, …).
#include "clicommands.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    // Receipts are laid out with QPainter and fonts, which need a GUI application; the CLI never
    // shows a window, so it runs on the offscreen platform unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tavola-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAVOLA_VERSION));

    QTranslator translator;
    const QString lang = qEnvironmentVariable("TAVOLA_LANG");
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (translator.load(locale, QStringLiteral("tavola"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    return tavola::cli::run(QCoreApplication::arguments());
}
