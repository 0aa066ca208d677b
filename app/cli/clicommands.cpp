#include "clicommands.h"

#include "printing/transport.h"
#include "promptpay/promptpay.h"
#include "qr/qrcode.h"
#include "receipt/builders.h"
#include "receipt/renderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
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
    parser.setApplicationDescription(Cli::tr("Prints a PromptPay QR payload (EMVCo, Thai profile) on standard output.\n"
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
            return fail(
                Cli::tr("The amount '%1' is not valid: use baht with at most two decimals, like 145.00.").arg(parser.value(amount)));
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

int slipCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Reads the verification QR of a bank or TrueMoney transfer slip and prints what it says\n"
                                             "as one line of JSON. It exits 1, saying why, when the payload is not a valid slip QR."));
    const QCommandLineOption parse(u"parse"_s, Cli::tr("The text of the slip's QR code."), u"payload"_s);
    parser.addOption(parse);
    if (const int rc = parseOptions(parser, args); rc >= 0)
        return rc;
    if (!parser.isSet(parse))
        return fail(Cli::tr("Give the slip's QR text with --parse."), 2);
    auto slip = promptpay::parseSlip(parser.value(parse));
    if (!slip)
        return fail(Cli::tr("Not a valid slip QR: %1").arg(slip.error().message));
    out() << QString::fromUtf8(QJsonDocument(slip->toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
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

/// Writes `bytes` to --out or sends them to --printer.
int deliver(const QByteArray &bytes, const QString &outFile, const QString &printer)
{
    if (!printer.isEmpty()) {
        if (const Status s = printing::sendToPrinter(printer, bytes); !s)
            return fail(s.error().message);
        return 0;
    }
    QFile f(outFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return fail(Cli::tr("Cannot write '%1'.").arg(QFileInfo(outFile).absoluteFilePath()));
    return 0;
}

int receiptCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Renders a sample document with fixed demo data and a fixed time, so the output is the same every run:\n"
                "ESC/POS bytes for a printer profile, or a PNG or PDF preview."));
    const QCommandLineOption sample(u"sample"_s, Cli::tr("prebill, receipt, kitchen or queue."), u"name"_s);
    const QCommandLineOption profile(
        u"profile"_s, Cli::tr("Printer profile: escpos-80-raster (default), escpos-58-raster, escpos-80-text, escpos-58-text."), u"name"_s,
        u"escpos-80-raster"_s);
    const QCommandLineOption format(u"format"_s, Cli::tr("png or pdf instead of ESC/POS bytes."), u"format"_s);
    const QCommandLineOption lang(u"lang"_s, Cli::tr("Receipt language, th (default) or en."), u"lang"_s, u"th"_s);
    const QCommandLineOption outFile(u"out"_s, Cli::tr("The file to write."), u"file"_s);
    const QCommandLineOption printer(u"printer"_s, Cli::tr("Send to a printer: tcp://host:9100 or file:///dev/usb/lp0."), u"uri"_s);
    parser.addOptions({sample, profile, format, lang, outFile, printer});
    if (const int rc = parseOptions(parser, args); rc >= 0)
        return rc;
    if (!parser.isSet(sample))
        return fail(Cli::tr("Give --sample prebill, receipt, kitchen or queue."), 2);
    if (parser.isSet(outFile) == parser.isSet(printer))
        return fail(Cli::tr("Give either --out or --printer."), 2);
    const QString fmt = parser.value(format);
    if (!fmt.isEmpty() && fmt != u"png"_s && fmt != u"pdf"_s)
        return fail(Cli::tr("--format must be png or pdf."), 2);
    if (!fmt.isEmpty() && parser.isSet(printer))
        return fail(Cli::tr("A PNG or PDF goes to --out; printers take ESC/POS."), 2);
    auto prof = receipt::PrinterProfile::byName(parser.value(profile));
    if (!prof)
        return fail(prof.error().message, 2);
    auto doc = receipt::sampleDocument(parser.value(sample), parser.value(lang));
    if (!doc)
        return fail(doc.error().message, 2);
    const receipt::ReceiptPainter painter(prof->dots, prof->columns);
    QByteArray bytes;
    if (fmt == u"pdf"_s) {
        bytes = painter.pdf(*doc);
    } else if (fmt == u"png"_s) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        painter.rasterize(*doc).save(&buffer, "PNG");
    } else {
        bytes = receipt::encodeEscPos(*doc, *prof);
    }
    return deliver(bytes, parser.value(outFile), parser.value(printer));
}

int printTestCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Prints a test page that shows what a printer profile can do."));
    const QCommandLineOption profile(u"profile"_s, Cli::tr("Printer profile (default escpos-80-raster)."), u"name"_s,
                                     u"escpos-80-raster"_s);
    const QCommandLineOption printer(u"printer"_s, Cli::tr("tcp://host:9100 or file:///dev/usb/lp0."), u"uri"_s);
    parser.addOptions({profile, printer});
    if (const int rc = parseOptions(parser, args); rc >= 0)
        return rc;
    if (!parser.isSet(printer))
        return fail(Cli::tr("Give --printer."), 2);
    auto prof = receipt::PrinterProfile::byName(parser.value(profile));
    if (!prof)
        return fail(prof.error().message, 2);
    const receipt::ReceiptPainter painter(prof->dots, prof->columns);
    const auto page = receipt::buildTestPage(
        prof->name, prof->dots, prof->columns, prof->paperMm,
        prof->mode == receipt::PrinterProfile::Mode::Text
            ? u"text, code page %1%2"_s.arg(prof->codePage).arg(prof->nativeQr ? u", native QR"_s : QString())
            : u"raster (GS v 0)"_s);
    return deliver(receipt::encodeEscPos(page, *prof), QString(), parser.value(printer));
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
        {u"slip"_s, Cli::tr("Read a transfer slip's verification QR"), slipCommand},
        {u"qr"_s, Cli::tr("Write a QR code PNG"), qrCommand},
        {u"receipt"_s, Cli::tr("Render a sample receipt, pre-bill, kitchen or queue ticket"), receiptCommand},
        {u"print-test"_s, Cli::tr("Print a printer's test page"), printTestCommand},
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
