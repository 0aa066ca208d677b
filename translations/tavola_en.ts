<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Run '%1 --help' for usage.</source>
        <translation>Run '%1 --help' for usage.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>Prints a PromptPay QR payload (EMVCo, Thai profile) on standard output.
The target is a mobile number (0812345678, +66812345678), a 13-digit national or
tax ID, or a 15-digit e-wallet ID; with --biller it is a bill payment (tag 30).</source>
        <translation>Prints a PromptPay QR payload (EMVCo, Thai profile) on standard output.
The target is a mobile number (0812345678, +66812345678), a 13-digit national or
tax ID, or a 15-digit e-wallet ID; with --biller it is a bill payment (tag 30).</translation>
    </message>
    <message>
        <source>Mobile number, national/tax ID or e-wallet ID.</source>
        <translation>Mobile number, national/tax ID or e-wallet ID.</translation>
    </message>
    <message>
        <source>Amount in baht, e.g. 145.00 (makes a dynamic QR).</source>
        <translation>Amount in baht, e.g. 145.00 (makes a dynamic QR).</translation>
    </message>
    <message>
        <source>15-digit biller ID for a bill payment QR.</source>
        <translation>15-digit biller ID for a bill payment QR.</translation>
    </message>
    <message>
        <source>Bill payment reference 1 (A-Z, 0-9, up to 20).</source>
        <translation>Bill payment reference 1 (A-Z, 0-9, up to 20).</translation>
    </message>
    <message>
        <source>Bill payment reference 2 (optional).</source>
        <translation>Bill payment reference 2 (optional).</translation>
    </message>
    <message>
        <source>Give either --target or --biller.</source>
        <translation>Give either --target or --biller.</translation>
    </message>
    <message>
        <source>The amount '%1' is not valid: use baht with at most two decimals, like 145.00.</source>
        <translation>The amount '%1' is not valid: use baht with at most two decimals, like 145.00.</translation>
    </message>
    <message>
        <source>Writes a QR code of the text (UTF-8, Thai welcome) as a PNG image.</source>
        <translation>Writes a QR code of the text (UTF-8, Thai welcome) as a PNG image.</translation>
    </message>
    <message>
        <source>The text to encode.</source>
        <translation>The text to encode.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <source>Pixels per module (default 8).</source>
        <translation>Pixels per module (default 8).</translation>
    </message>
    <message>
        <source>Both --text and --out are required.</source>
        <translation>Both --text and --out are required.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 64.</source>
        <translation>--scale must be a whole number from 1 to 64.</translation>
    </message>
    <message>
        <source>Cannot write '%1'.</source>
        <translation>Cannot write '%1'.</translation>
    </message>
    <message>
        <source>Print a PromptPay QR payload</source>
        <translation>Print a PromptPay QR payload</translation>
    </message>
    <message>
        <source>Write a QR code PNG</source>
        <translation>Write a QR code PNG</translation>
    </message>
    <message>
        <source>Usage: tavola-cli &lt;command&gt; [options]</source>
        <translation>Usage: tavola-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run 'tavola-cli &lt;command&gt; --help' for the options of a command.</source>
        <translation>Run 'tavola-cli &lt;command&gt; --help' for the options of a command.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Unknown command '%1'.</translation>
    </message>
    <message>
        <source>Renders a sample document with fixed demo data and a fixed time, so the output is the same every run:
ESC/POS bytes for a printer profile, or a PNG or PDF preview.</source>
        <translation>Renders a sample document with fixed demo data and a fixed time, so the output is the same every run:
ESC/POS bytes for a printer profile, or a PNG or PDF preview.</translation>
    </message>
    <message>
        <source>prebill, receipt, kitchen or queue.</source>
        <translation>prebill, receipt, kitchen or queue.</translation>
    </message>
    <message>
        <source>png or pdf instead of ESC/POS bytes.</source>
        <translation>png or pdf instead of ESC/POS bytes.</translation>
    </message>
    <message>
        <source>Receipt language, th (default) or en.</source>
        <translation>Receipt language, th (default) or en.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Send to a printer: tcp://host:9100 or file:///dev/usb/lp0.</source>
        <translation>Send to a printer: tcp://host:9100 or file:///dev/usb/lp0.</translation>
    </message>
    <message>
        <source>Give --sample prebill, receipt, kitchen or queue.</source>
        <translation>Give --sample prebill, receipt, kitchen or queue.</translation>
    </message>
    <message>
        <source>Give either --out or --printer.</source>
        <translation>Give either --out or --printer.</translation>
    </message>
    <message>
        <source>--format must be png or pdf.</source>
        <translation>--format must be png or pdf.</translation>
    </message>
    <message>
        <source>A PNG or PDF goes to --out; printers take ESC/POS.</source>
        <translation>A PNG or PDF goes to --out; printers take ESC/POS.</translation>
    </message>
    <message>
        <source>Prints a test page that shows what a printer profile can do.</source>
        <translation>Prints a test page that shows what a printer profile can do.</translation>
    </message>
    <message>
        <source>Printer profile (default escpos-80-raster).</source>
        <translation>Printer profile (default escpos-80-raster).</translation>
    </message>
    <message>
        <source>tcp://host:9100 or file:///dev/usb/lp0.</source>
        <translation>tcp://host:9100 or file:///dev/usb/lp0.</translation>
    </message>
    <message>
        <source>Give --printer.</source>
        <translation>Give --printer.</translation>
    </message>
    <message>
        <source>Render a sample receipt, pre-bill, kitchen or queue ticket</source>
        <translation>Render a sample receipt, pre-bill, kitchen or queue ticket</translation>
    </message>
    <message>
        <source>Print a printer's test page</source>
        <translation>Print a printer's test page</translation>
    </message>
    <message>
        <source>Printer profile: escpos-80-raster (default), escpos-58-raster, escpos-80-text, escpos-58-text.</source>
        <translation>Printer profile: escpos-80-raster (default), escpos-58-raster, escpos-80-text, escpos-58-text.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Please check what you entered.</source>
        <translation>Please check what you entered.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a manager.</source>
        <translation>You are not allowed to do this. Ask a manager.</translation>
    </message>
    <message>
        <source>This no longer exists. The screen will refresh.</source>
        <translation>This no longer exists. The screen will refresh.</translation>
    </message>
    <message>
        <source>This table already has an open bill.</source>
        <translation>This table already has an open bill.</translation>
    </message>
    <message>
        <source>This bill cannot be changed in its current state.</source>
        <translation>This bill cannot be changed in its current state.</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>This bill is already paid.</translation>
    </message>
    <message>
        <source>That step is not possible now.</source>
        <translation>That step is not possible now.</translation>
    </message>
    <message>
        <source>The previous request is still being saved. Please wait.</source>
        <translation>The previous request is still being saved. Please wait.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. The screen was refreshed; please try again.</source>
        <translation>Someone else changed this at the same time. The screen was refreshed; please try again.</translation>
    </message>
    <message>
        <source>This dish is not available right now.</source>
        <translation>This dish is not available right now.</translation>
    </message>
    <message>
        <source>Too much data in one request.</source>
        <translation>Too much data in one request.</translation>
    </message>
    <message>
        <source>This request was already sent with different contents.</source>
        <translation>This request was already sent with different contents.</translation>
    </message>
    <message>
        <source>The cash received is less than the amount due.</source>
        <translation>The cash received is less than the amount due.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation>Too many requests. Please wait a moment.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Your work is kept and will be sent when the connection is back.</source>
        <translation>Cannot reach the server. Your work is kept and will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again; if it keeps happening, call support.</source>
        <translation>Something went wrong on the server. Please try again; if it keeps happening, call support.</translation>
    </message>
    <message>
        <source>(field: %1)</source>
        <translation>(field: %1)</translation>
    </message>
</context>
<context>
    <name>tavola::client::Outbox</name>
    <message>
        <source>PromptPay needs the server: take cash, or wait until the connection is back.</source>
        <translation>PromptPay needs the server: take cash, or wait until the connection is back.</translation>
    </message>
    <message>
        <source>The order this belongs to was not saved.</source>
        <translation>The order this belongs to was not saved.</translation>
    </message>
    <message>
        <source>The order could not be opened: %1</source>
        <translation>The order could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>tavola::client::SessionStore</name>
    <message>
        <source>No keychain is available on this computer, so the sign-in is not remembered: you will be asked for your PIN at each start.</source>
        <translation>No keychain is available on this computer, so the sign-in is not remembered: you will be asked for your PIN at each start.</translation>
    </message>
</context>
</TS>