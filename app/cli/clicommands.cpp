#include "clicommands.h"

#include "promptpay/promptpay.h"
#include "qr/qrcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

namespace tavola::cli {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code = 1)
{
    err() << "tavola-cli: " << message << Qt::endl;
    return code;
}

/// Parses a command's options; returns -1 to go on, else the exit code (help shown, bad usage).
int parseOptions(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText() + u"\n"_s + Cli::tr("Run '%1 --help' for usage.").arg(args.value(0)), 2);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(Cli::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()), 2);
    return -1;
}

int promptpayCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints a PromptPay QR payload (EMVCo, Thai profile) on standard output.\n"
                "The target is a mobile number (0812345678, +66812345678), a 13-digit national or\n"
                "tax ID, or a 15-digit e-wallet ID; with --biller it is a bill payment (tag 30)."));
    const QCommandLineOption target(u"target"_s, Cli::tr("Mobile number, national/tax ID or e-wallet ID."), u"id"_s);
    const QCommandLineOption amount(u"amount"_s, Cli::tr("Amount in baht, e.g. 145.00 (makes a dynamic QR)."), u"baht"_s);
    const QCommandLineOption biller(u"biller"_s, Cli::tr("15-digit biller ID for a bill payment QR."), u"id"_s);
    const QCommandLineOption ref1(u"ref1"_s, Cli::tr("Bill payment reference 1 (A-Z, 0-9, up to 20)."), u"ref"_s);
    const QCommandLineOption ref2(u"ref2"_s, Cli::tr("Bill payment reference 2 (optional)."), u"ref"_s);
    parser.addOptions({target, amount, biller, ref1, ref2});
    if (const int rc = parseOptions(parser, args); rc >= 0)
        return rc;

    if (parser.isSet(target) == parser.isSet(biller))
        return fail(Cli::tr("Give either --target or --biller."), 2);

    std::optional<Money> money;
    if (parser.isSet(amount)) {
        auto m = Money::parse(parser.value(amount));
        if (!m)
            return fail(Cli::tr("The amount '%1' is not valid: use baht with at most two decimals, like 145.00.")
                            .arg(parser.value(amount)));
        money = m.value();
    }

    Result<QString> payload = QString();
    if (parser.isSet(biller)) {
        promptpay::Payload p;
        p.type = promptpay::TargetType::BillPayment;
        p.target = parser.value(biller);
        p.reference1 = parser.value(ref1);
        p.reference2 = parser.value(ref2);
        p.amount = money;
        payload = promptpay::build(p);
    } else {
        payload = promptpay::buildForInput(parser.value(target), money);
    }
    if (!payload)
        return fail(payload.error().message);
    out() << payload.value() << Qt::endl;
    return 0;
}

int qrCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Writes a QR code of the text (UTF-8, Thai welcome) as a PNG image."));
    const QCommandLineOption text(u"text"_s, Cli::tr("The text to encode."), u"text"_s);
    const QCommandLineOption outFile(u"out"_s, Cli::tr("The PNG file to write."), u"file.png"_s);
    const QCommandLineOption scale(u"scale"_s, Cli::tr("Pixels per module (default 8)."), u"n"_s, u"8"_s);
    parser.addOptions({text, outFile, scale});
    if (const int rc = parseOptions(parser, args); rc >= 0)
        return rc;
    if (!parser.isSet(text) || !parser.isSet(outFile))
        return fail(Cli::tr("Both --text and --out are required."), 2);
    bool ok = false;
    const int s = parser.value(scale).toInt(&ok);
    if (!ok || s < 1 || s > 64)
        return fail(Cli::tr("--scale must be a whole number from 1 to 64."), 2);
    auto matrix = qr::encode(parser.value(text));
    if (!matrix)
        return fail(matrix.error().message);
    const QString path = parser.value(outFile);
    if (!matrix->toImage(s).save(path, "PNG"))
        return fail(Cli::tr("Cannot write '%1'.").arg(QFileInfo(path).absoluteFilePath()));
    return 0;
}

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &)> run;
};

QList<Command> commands()
{
    return {
        {u"promptpay"_s, Cli::tr("Print a PromptPay QR payload"), promptpayCommand},
        {u"qr"_s, Cli::tr("Write a QR code PNG"), qrCommand},
    };
}

int usage(int code)
{
    QTextStream &s = code == 0 ? out() : err();
    s << Cli::tr("Usage: tavola-cli <command> [options]") << "\n\n" << Cli::tr("Commands:") << "\n";
    for (const auto &c : commands())
        s << "  " << c.name.leftJustified(12) << c.summary << "\n";
    s << "\n" << Cli::tr("Run 'tavola-cli <command> --help' for the options of a command.") << Qt::endl;
    return code;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(2);
    const QString name = arguments.at(1);
    if (name == u"--help"_s || name == u"-h"_s || name == u"help"_s)
        return usage(0);
    if (name == u"--version"_s) {
        out() << "tavola-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    for (const auto &c : commands()) {
        if (c.name == name) {
            QStringList rest = arguments.mid(1);
            rest[0] = u"tavola-cli "_s + name;
            return c.run(rest);
        }
    }
    err() << "tavola-cli: " << Cli::tr("Unknown command '%1'.").arg(name) << "\n";
    return usage(2);
}

} // namespace tavola::cli
