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
    <message>
        <source>Reads the verification QR of a bank or TrueMoney transfer slip and prints what it says
as one line of JSON. It exits 1, saying why, when the payload is not a valid slip QR.</source>
        <translation>Reads the verification QR of a bank or TrueMoney transfer slip and prints what it says
as one line of JSON. It exits 1, saying why, when the payload is not a valid slip QR.</translation>
    </message>
    <message>
        <source>The text of the slip's QR code.</source>
        <translation>The text of the slip's QR code.</translation>
    </message>
    <message>
        <source>Give the slip's QR text with --parse.</source>
        <translation>Give the slip's QR text with --parse.</translation>
    </message>
    <message>
        <source>Not a valid slip QR: %1</source>
        <translation>Not a valid slip QR: %1</translation>
    </message>
    <message>
        <source>Read a transfer slip's verification QR</source>
        <translation>Read a transfer slip's verification QR</translation>
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
    <message>
        <source>The server's disk is full: nothing new can be saved. Ask the manager to free space; your work is kept on this till.</source>
        <translation>The server's disk is full: nothing new can be saved. Ask the manager to free space; your work is kept on this till.</translation>
    </message>
    <message>
        <source>⚠ The server's certificate has CHANGED. The till refused to connect: this may not be your server. A manager must check the new fingerprint before trusting it.</source>
        <translation>⚠ The server's certificate has CHANGED. The till refused to connect: this may not be your server. A manager must check the new fingerprint before trusting it.</translation>
    </message>
    <message>
        <source>This till does not know the server's certificate yet. A manager must compare its fingerprint and trust it.</source>
        <translation>This till does not know the server's certificate yet. A manager must compare its fingerprint and trust it.</translation>
    </message>
    <message>
        <source>This transfer slip has already paid another bill. Ask the guest for the slip of this payment.</source>
        <translation>This transfer slip has already paid another bill. Ask the guest for the slip of this payment.</translation>
    </message>
    <message>
        <source>The bank did not confirm this slip. Do not hand over the bill; ask the guest to check their transfer.</source>
        <translation>The bank did not confirm this slip. Do not hand over the bill; ask the guest to check their transfer.</translation>
    </message>
    <message>
        <source>The transfer on this slip is not the amount due. Ask the guest to check their transfer.</source>
        <translation>The transfer on this slip is not the amount due. Ask the guest to check their transfer.</translation>
    </message>
    <message>
        <source>That is more than is still due on this bill. Check the amount.</source>
        <translation>That is more than is still due on this bill. Check the amount.</translation>
    </message>
    <message>
        <source>This bill already has a full tax invoice. Reprint that one instead.</source>
        <translation>This bill already has a full tax invoice. Reprint that one instead.</translation>
    </message>
    <message>
        <source>The server cannot do this in its set-up (see the operations guide).</source>
        <translation>The server cannot do this in its set-up (see the operations guide).</translation>
    </message>
</context>
<context>
    <name>FloorPlanEditor</name>
    <message>
        <source>Add table %1</source>
        <translation>Add table %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n table(s)</source>
        <translation>
            <numerusform>Delete %n table</numerusform>
            <numerusform>Delete %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n table(s)</source>
        <translation>
            <numerusform>Move %n table</numerusform>
            <numerusform>Move %n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Resize %1</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>Rotate %1</translation>
    </message>
    <message>
        <source>Add zone %1</source>
        <translation>Add zone %1</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>Rename zone %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Dining room</source>
        <translation>Dining room</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No receipt printer is set up: enter its address in Settings.</source>
        <translation>No receipt printer is set up: enter its address in Settings.</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Test page</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>Bill %1</translation>
    </message>
    <message>
        <source>Queue ticket %1</source>
        <translation>Queue ticket %1</translation>
    </message>
    <message>
        <source>Kitchen %1 #%2</source>
        <translation>Kitchen %1 #%2</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>Tax invoice %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z report %1</translation>
    </message>
    <message>
        <source>X report %1</source>
        <translation>X report %1</translation>
    </message>
    <message>
        <source>Kitchen %1 #%2 (%3)</source>
        <translation>Kitchen %1 #%2 (%3)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>seated</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>bill requested</source>
        <translation>bill requested</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>cleaning</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>preparing</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>kitchen</source>
        <translation>kitchen</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>dim sum</source>
        <translation>dim sum</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>PromptPay</source>
        <translation>PromptPay</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Grab</translation>
    </message>
    <message>
        <source>LINE MAN</source>
        <translation>LINE MAN</translation>
    </message>
    <message>
        <source>ShopeeFood</source>
        <translation>ShopeeFood</translation>
    </message>
    <message>
        <source>Robinhood</source>
        <translation>Robinhood</translation>
    </message>
    <message>
        <source>foodpanda</source>
        <translation>foodpanda</translation>
    </message>
    <message>
        <source>phone order</source>
        <translation>phone order</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>saving…</translation>
    </message>
    <message>
        <source>dine-in</source>
        <translation>dine-in</translation>
    </message>
    <message>
        <source>takeaway</source>
        <translation>takeaway</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
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
<context>
    <name>tavola::ui::AppContext</name>
    <message>
        <source>Needs the server — will be possible when back online.</source>
        <translation>Needs the server — will be possible when back online.</translation>
    </message>
</context>
<context>
    <name>tavola::ui::AuditPage</name>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>discount</translation>
    </message>
    <message>
        <source>bill cancelled</source>
        <translation>bill cancelled</translation>
    </message>
    <message>
        <source>bill reopened</source>
        <translation>bill reopened</translation>
    </message>
    <message>
        <source>bill split</source>
        <translation>bill split</translation>
    </message>
    <message>
        <source>bills joined</source>
        <translation>bills joined</translation>
    </message>
    <message>
        <source>bill moved</source>
        <translation>bill moved</translation>
    </message>
    <message>
        <source>dishes moved</source>
        <translation>dishes moved</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <source>PromptPay confirmed by staff</source>
        <translation>PromptPay confirmed by staff</translation>
    </message>
    <message>
        <source>PromptPay confirmed by slip</source>
        <translation>PromptPay confirmed by slip</translation>
    </message>
    <message>
        <source>tax invoice</source>
        <translation>tax invoice</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message>
        <source>back on the menu</source>
        <translation>back on the menu</translation>
    </message>
    <message>
        <source>menu imported</source>
        <translation>menu imported</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>settings changed</translation>
    </message>
    <message>
        <source>staff added</source>
        <translation>staff added</translation>
    </message>
    <message>
        <source>staff changed</source>
        <translation>staff changed</translation>
    </message>
    <message>
        <source>shift opened</source>
        <translation>shift opened</translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation>shift closed</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← Settings</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Voids</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Cancelled bills</source>
        <translation>Cancelled bills</translation>
    </message>
    <message>
        <source>PromptPay confirmed by hand</source>
        <translation>PromptPay confirmed by hand</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entrys, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>bill opened</source>
        <translation>bill opened</translation>
    </message>
    <message>
        <source>dishes added</source>
        <translation>dishes added</translation>
    </message>
    <message>
        <source>sent to the kitchen</source>
        <translation>sent to the kitchen</translation>
    </message>
    <message>
        <source>bill asked for</source>
        <translation>bill asked for</translation>
    </message>
    <message>
        <source>payment cancelled</source>
        <translation>payment cancelled</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>dish</source>
        <translation>dish</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>shift</translation>
    </message>
</context>
<context>
    <name>tavola::ui::CheckoutPage</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>PromptPay</source>
        <translation>PromptPay</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation>Take cash</translation>
    </message>
    <message>
        <source>Run the card on the terminal, then enter its approval code.</source>
        <translation>Run the card on the terminal, then enter its approval code.</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Approval code</translation>
    </message>
    <message>
        <source>Record card payment</source>
        <translation>Record card payment</translation>
    </message>
    <message>
        <source>Done — next guest</source>
        <translation>Done — next guest</translation>
    </message>
    <message>
        <source>The amount paid does not match the bill. Ask a manager.</source>
        <translation>The amount paid does not match the bill. Ask a manager.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Enter the cash received: at least %1.</source>
        <translation>Enter the cash received: at least %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Asking the bank for a QR…</source>
        <translation>Asking the bank for a QR…</translation>
    </message>
    <message>
        <source>Scan with any Thai banking app: %1</source>
        <translation>Scan with any Thai banking app: %1</translation>
    </message>
    <message>
        <source>The QR has expired: tap PromptPay for a new one.</source>
        <translation>The QR has expired: tap PromptPay for a new one.</translation>
    </message>
    <message>
        <source>Waiting for payment · %1:%2</source>
        <translation>Waiting for payment · %1:%2</translation>
    </message>
    <message>
        <source>Enter the approval code from the card terminal.</source>
        <translation>Enter the approval code from the card terminal.</translation>
    </message>
    <message>
        <source>Due %1 (cash rounding %2)</source>
        <translation>Due %1 (cash rounding %2)</translation>
    </message>
    <message>
        <source>%1 more needed</source>
        <translation>%1 more needed</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Paid ✓</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Paid by %1</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>Receipt number follows when the connection is back</source>
        <translation>Receipt number follows when the connection is back</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>When the guest has paid, scan the small QR on their transfer slip:</source>
        <translation>When the guest has paid, scan the small QR on their transfer slip:</translation>
    </message>
    <message>
        <source>Scan slip…</source>
        <translation>Scan slip…</translation>
    </message>
    <message>
        <source>No slip? A manager checks the transfer in the shop's bank app:</source>
        <translation>No slip? A manager checks the transfer in the shop's bank app:</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Transfer received — confirm</source>
        <translation>Transfer received — confirm</translation>
    </message>
    <message>
        <source>The shop's PromptPay ID is not set: a manager enters it in Settings.</source>
        <translation>The shop's PromptPay ID is not set: a manager enters it in Settings.</translation>
    </message>
    <message>
        <source>PromptPay %1</source>
        <translation>PromptPay %1</translation>
    </message>
    <message>
        <source>The guest scans this QR with any Thai banking app.</source>
        <translation>The guest scans this QR with any Thai banking app.</translation>
    </message>
    <message>
        <source>Transfer received — confirm with manager PIN</source>
        <translation>Transfer received — confirm with manager PIN</translation>
    </message>
    <message>
        <source>This is not a transfer slip's QR. Scan the small QR printed on the guest's e-slip.</source>
        <translation>This is not a transfer slip's QR. Scan the small QR printed on the guest's e-slip.</translation>
    </message>
    <message>
        <source>A manager enters their PIN to confirm a transfer without a slip.</source>
        <translation>A manager enters their PIN to confirm a transfer without a slip.</translation>
    </message>
    <message>
        <source>Checking the slip…</source>
        <translation>Checking the slip…</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <source>This slip already paid receipt %1 at %2. Ask the guest for the slip of this payment.</source>
        <translation>This slip already paid receipt %1 at %2. Ask the guest for the slip of this payment.</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>Split evenly</translation>
    </message>
    <message>
        <source>Fewer parts</source>
        <translation>Fewer parts</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>More parts</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Pay now</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Enter the amount to pay now, for example 150 or 150.50.</source>
        <translation>Enter the amount to pay now, for example 150 or 150.50.</translation>
    </message>
    <message>
        <source>That is more than the %1 still due.</source>
        <translation>That is more than the %1 still due.</translation>
    </message>
    <message>
        <source>Pay now %1 of %2 due</source>
        <translation>Pay now %1 of %2 due</translation>
    </message>
    <message>
        <source>+ tip %1 = %2</source>
        <translation>+ tip %1 = %2</translation>
    </message>
    <message>
        <source>Paid so far %1 of %2</source>
        <translation>Paid so far %1 of %2</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>%1 paid by %2.</source>
        <translation>%1 paid by %2.</translation>
    </message>
    <message>
        <source>Change %1.</source>
        <translation>Change %1.</translation>
    </message>
    <message>
        <source>Take the next part.</source>
        <translation>Take the next part.</translation>
    </message>
</context>
<context>
    <name>tavola::ui::CustomerDisplay</name>
    <message>
        <source>Tavola — customer display</source>
        <translation>Tavola — customer display</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more above</source>
        <translation>
            <numerusform>… %n more above</numerusform>
            <numerusform>… %n more above</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>incl. service charge %1</source>
        <translation>incl. service charge %1</translation>
    </message>
    <message>
        <source>Scan to pay with any Thai banking app</source>
        <translation>Scan to pay with any Thai banking app</translation>
    </message>
    <message>
        <source>Paid — thank you</source>
        <translation>Paid — thank you</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 left</translation>
    </message>
</context>
<context>
    <name>tavola::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Tavola</source>
        <translation>Welcome to Tavola</translation>
    </message>
    <message>
        <source>This till keeps the shop's data itself, and there is nobody to sign in yet. Make the owner's account: then add the menu, the tables, the staff, the taxes and the printers in Settings.</source>
        <translation>This till keeps the shop's data itself, and there is nobody to sign in yet. Make the owner's account: then add the menu, the tables, the staff, the taxes and the printers in Settings.</translation>
    </message>
    <message>
        <source>e.g. owner</source>
        <translation>e.g. owner</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>4 to 8 digits, to sign in at the till</source>
        <translation>4 to 8 digits, to sign in at the till</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Give a sign-in name.</source>
        <translation>Give a sign-in name.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>The PIN is 4 to 8 digits.</translation>
    </message>
</context>
<context>
    <name>tavola::ui::FloorPlanEditor</name>
    <message>
        <source>← Tables</source>
        <translation>← Tables</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Add table</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Round table</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Rotate 15°</source>
        <translation>Rotate 15°</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation>Bigger</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>Saved (version %1).</translation>
    </message>
    <message>
        <source>The floor plan was changed on another device. It has been reloaded; please make your changes again.</source>
        <translation>The floor plan was changed on another device. It has been reloaded; please make your changes again.</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Zone name</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Add zone</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>Rename zone</translation>
    </message>
</context>
<context>
    <name>tavola::ui::FloorPlanView</name>
    <message>
        <source>saving</source>
        <translation>saving</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>+ Takeaway</source>
        <translation>+ Takeaway</translation>
    </message>
    <message>
        <source>+ Delivery</source>
        <translation>+ Delivery</translation>
    </message>
</context>
<context>
    <name>tavola::ui::HistoryPage</name>
    <message>
        <source>Receipt, pickup code, rider's code, order or table</source>
        <translation>Receipt, pickup code, rider's code, order or table</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Dine-in</source>
        <translation>Dine-in</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Takeaway</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Find an order, then tap it.</source>
        <translation>Find an order, then tap it.</translation>
    </message>
    <message>
        <source>Reprint receipt (copy)</source>
        <translation>Reprint receipt (copy)</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>No order matches.</source>
        <translation>No order matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Copy of %1 sent to the printer.</source>
        <translation>Copy of %1 sent to the printer.</translation>
    </message>
    <message>
        <source>This order has no receipt to reprint.</source>
        <translation>This order has no receipt to reprint.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Give a reason for the refund.</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>Refunded %1.</translation>
    </message>
    <message>
        <source>Full tax invoice…</source>
        <translation>Full tax invoice…</translation>
    </message>
    <message>
        <source>Full tax invoice</source>
        <translation>Full tax invoice</translation>
    </message>
    <message>
        <source>Buyer's name (company or person)</source>
        <translation>Buyer's name (company or person)</translation>
    </message>
    <message>
        <source>Tax ID (13 digits)</source>
        <translation>Tax ID (13 digits)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>00000 for the head office, else the branch number</source>
        <translation>00000 for the head office, else the branch number</translation>
    </message>
    <message>
        <source>Buyer's address</source>
        <translation>Buyer's address</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Issue and print</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save the tax invoice</source>
        <translation>Save the tax invoice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>Tax invoice %1</translation>
    </message>
    <message>
        <source>Tax invoice %1 was cancelled by a refund.</source>
        <translation>Tax invoice %1 was cancelled by a refund.</translation>
    </message>
    <message>
        <source>Tax invoice %1 was issued for this bill.</source>
        <translation>Tax invoice %1 was issued for this bill.</translation>
    </message>
    <message>
        <source>For receipt %1, %2.</source>
        <translation>For receipt %1, %2.</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>Reprint (copy)</translation>
    </message>
    <message>
        <source>No tax ID: a private person.</source>
        <translation>No tax ID: a private person.</translation>
    </message>
    <message>
        <source>✓ Valid tax ID</source>
        <translation>✓ Valid tax ID</translation>
    </message>
    <message>
        <source>%1 of 13 digits</source>
        <translation>%1 of 13 digits</translation>
    </message>
    <message>
        <source>✗ Not a valid tax ID: check the digits with the guest.</source>
        <translation>✗ Not a valid tax ID: check the digits with the guest.</translation>
    </message>
    <message>
        <source>The tax ID is not valid: 13 digits with the right check digit.</source>
        <translation>The tax ID is not valid: 13 digits with the right check digit.</translation>
    </message>
    <message>
        <source>The branch is 5 digits: 00000 for the head office.</source>
        <translation>The branch is 5 digits: 00000 for the head office.</translation>
    </message>
    <message>
        <source>Enter the buyer's address.</source>
        <translation>Enter the buyer's address.</translation>
    </message>
    <message>
        <source>Enter the buyer's name.</source>
        <translation>Enter the buyer's name.</translation>
    </message>
    <message>
        <source>This bill already had tax invoice %1: a copy was printed.</source>
        <translation>This bill already had tax invoice %1: a copy was printed.</translation>
    </message>
    <message>
        <source>Tax invoice %1 issued and sent to the printer.</source>
        <translation>Tax invoice %1 issued and sent to the printer.</translation>
    </message>
    <message>
        <source>Tax invoice %1 issued. %2</source>
        <translation>Tax invoice %1 issued. %2</translation>
    </message>
    <message>
        <source>No tax invoice to save.</source>
        <translation>No tax invoice to save.</translation>
    </message>
</context>
<context>
    <name>tavola::ui::KitchenBoard</name>
    <message>
        <source>Recall last</source>
        <translation>Recall last</translation>
    </message>
    <message numerus="yes">
        <source>Kitchen · %n ticket(s)</source>
        <translation>
            <numerusform>Kitchen · %n ticket</numerusform>
            <numerusform>Kitchen · %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Takeaway</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>All stations</translation>
    </message>
</context>
<context>
    <name>tavola::ui::LoginPage</name>
    <message>
        <source>Tavola — sign in</source>
        <translation>Tavola — sign in</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter your username and PIN.</source>
        <translation>Enter your username and PIN.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Wrong username or PIN.</source>
        <translation>Wrong username or PIN.</translation>
    </message>
    <message>
        <source>Locked — your PIN to go on (or another user's to take over)</source>
        <translation>Locked — your PIN to go on (or another user's to take over)</translation>
    </message>
</context>
<context>
    <name>tavola::ui::MainWindow</name>
    <message>
        <source>Tavola</source>
        <translation>Tavola</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ Connecting…</translation>
    </message>
    <message>
        <source>○ Connection lost — reconnecting…</source>
        <translation>○ Connection lost — reconnecting…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n action(s)…</source>
        <translation>
            <numerusform>Saving %n action…</numerusform>
            <numerusform>Saving %n actions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) will sync when the connection is back</source>
        <translation>
            <numerusform>%n action will sync when the connection is back</numerusform>
            <numerusform>%n actions will sync when the connection is back</numerusform>
        </translation>
    </message>
    <message>
        <source>All saved</source>
        <translation>All saved</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Order moved.</source>
        <translation>Order moved.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>An order for table %1 was not sent. Resume it?</source>
        <translation>An order for table %1 was not sent. Resume it?</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n action(s) refused by the server: needs the cashier</source>
        <translation>
            <numerusform>⚠ %n action refused by the server: needs the cashier</numerusform>
            <numerusform>⚠ %n actions refused by the server: needs the cashier</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The server cannot save: its disk is full. Sales are not being saved — tell the manager.</source>
        <translation>⚠ The server cannot save: its disk is full. Sales are not being saved — tell the manager.</translation>
    </message>
    <message>
        <source>⚠ The server has lost its database. Sales are not being saved — tell the manager.</source>
        <translation>⚠ The server has lost its database. Sales are not being saved — tell the manager.</translation>
    </message>
    <message>
        <source>The server's certificate has changed</source>
        <translation>The server's certificate has changed</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Trust this server?</translation>
    </message>
    <message>
        <source>The server at %1 shows a different certificate from the one this till trusted. This happens when the server got a new certificate — or when another machine pretends to be it.</source>
        <translation>The server at %1 shows a different certificate from the one this till trusted. This happens when the server got a new certificate — or when another machine pretends to be it.</translation>
    </message>
    <message>
        <source>This till connects to %1 for the first time. Compare this fingerprint with the one the server printed (tavola-server --make-cert, or its log) before trusting it.</source>
        <translation>This till connects to %1 for the first time. Compare this fingerprint with the one the server printed (tavola-server --make-cert, or its log) before trusting it.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Trust the new certificate</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Trust this server</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Do not connect</translation>
    </message>
    <message>
        <source>Server trusted. Sign in again.</source>
        <translation>Server trusted. Sign in again.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Moving an order: %1</source>
        <translation>Moving an order: %1</translation>
    </message>
    <message>
        <source>Could not discard the order on this till: %1</source>
        <translation>Could not discard the order on this till: %1</translation>
    </message>
    <message>
        <source>⚠ Not saved on this till</source>
        <translation>⚠ Not saved on this till</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Join the bills</source>
        <translation>Join the bills</translation>
    </message>
    <message>
        <source>Join table %1's bill onto table %2's? Its dishes move to table %2's bill and table %1 is freed.</source>
        <translation>Join table %1's bill onto table %2's? Its dishes move to table %2's bill and table %1 is freed.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The bills are joined on table %1.</source>
        <translation>The bills are joined on table %1.</translation>
    </message>
</context>
<context>
    <name>tavola::ui::MenuEditorPage</name>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>Thai name</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>on the menu</source>
        <translation>on the menu</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← Settings</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Import spreadsheet…</source>
        <translation>Import spreadsheet…</translation>
    </message>
    <message>
        <source>A CSV file with the columns category, category_th, name, name_th, price, station, available: you see what it changes before anything is changed</source>
        <translation>A CSV file with the columns category, category_th, name, name_th, price, station, available: you see what it changes before anything is changed</translation>
    </message>
    <message>
        <source>Import a menu spreadsheet</source>
        <translation>Import a menu spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Export spreadsheet…</source>
        <translation>Export spreadsheet…</translation>
    </message>
    <message>
        <source>Export the menu</source>
        <translation>Export the menu</translation>
    </message>
    <message>
        <source>Apply these changes</source>
        <translation>Apply these changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Categories (drag to sort)</source>
        <translation>Categories (drag to sort)</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>+ Category</source>
        <translation>+ Category</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>On the menu</source>
        <translation>On the menu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price (฿)</source>
        <translation>Price (฿)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>On the menu (untick: sold out)</source>
        <translation>On the menu (untick: sold out)</translation>
    </message>
    <message>
        <source>New dish</source>
        <translation>New dish</translation>
    </message>
    <message>
        <source>Save dish</source>
        <translation>Save dish</translation>
    </message>
    <message>
        <source>The dish leaves the menu for good; bills that have it keep it</source>
        <translation>The dish leaves the menu for good; bills that have it keep it</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message>
        <source>Add dish</source>
        <translation>Add dish</translation>
    </message>
    <message>
        <source>Add a category first: every dish is in one.</source>
        <translation>Add a category first: every dish is in one.</translation>
    </message>
    <message>
        <source>A dish needs a name and a price.</source>
        <translation>A dish needs a name and a price.</translation>
    </message>
    <message>
        <source>%1 saved: every till shows it now.</source>
        <translation>%1 saved: every till shows it now.</translation>
    </message>
    <message>
        <source>%1 is off the menu.</source>
        <translation>%1 is off the menu.</translation>
    </message>
    <message>
        <source>Type the new category's name first.</source>
        <translation>Type the new category's name first.</translation>
    </message>
    <message>
        <source>There is a category %1 already.</source>
        <translation>There is a category %1 already.</translation>
    </message>
    <message>
        <source>Category %1 added.</source>
        <translation>Category %1 added.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>A category needs a name.</translation>
    </message>
    <message>
        <source>Category %1 saved.</source>
        <translation>Category %1 saved.</translation>
    </message>
    <message>
        <source>New order of the categories saved: the order screen shows them so.</source>
        <translation>New order of the categories saved: the order screen shows them so.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be imported: %1</source>
        <translation>The spreadsheet cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>The spreadsheet would add %n dish(es)</source>
        <translation>
            <numerusform>The spreadsheet would add %n dish(es)</numerusform>
            <numerusform>The spreadsheet would add %n dish(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n dish(es)</source>
        <translation>
            <numerusform>change %n dish(es)</numerusform>
            <numerusform>change %n dish(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n categories</source>
        <translation>
            <numerusform>add %n categories</numerusform>
            <numerusform>add %n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leave %n as they are</source>
        <translation>
            <numerusform>leave %n as they are</numerusform>
            <numerusform>leave %n as they are</numerusform>
        </translation>
    </message>
    <message>
        <source>New category: %1</source>
        <translation>New category: %1</translation>
    </message>
    <message>
        <source>New dish: %1 (%2) — ฿%3</source>
        <translation>New dish: %1 (%2) — ฿%3</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Nothing has changed yet: check the list, then apply.</source>
        <translation>Nothing has changed yet: check the list, then apply.</translation>
    </message>
    <message>
        <source>The spreadsheet matches the menu.</source>
        <translation>The spreadsheet matches the menu.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>Imported: %1 new, %2 changed.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove a dish</source>
        <translation>Remove a dish</translation>
    </message>
    <message>
        <source>Take %1 off the menu for good? (For today only, untick "On the menu" instead.)</source>
        <translation>Take %1 off the menu for good? (For today only, untick "On the menu" instead.)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Category, station</source>
        <translation>Category, station</translation>
    </message>
    <message>
        <source>e.g. Extra egg/ไข่เพิ่ม +10, No chilli</source>
        <translation>e.g. Extra egg/ไข่เพิ่ม +10, No chilli</translation>
    </message>
    <message>
        <source>Options separated by ","; a Thai name after "/"; "+10" adds ฿10 to the dish.</source>
        <translation>Options separated by ","; a Thai name after "/"; "+10" adds ฿10 to the dish.</translation>
    </message>
    <message>
        <source>e.g. Spice/ความเผ็ด*: Mild | Hot; Extras [0-2]: Crab +10</source>
        <translation>e.g. Spice/ความเผ็ด*: Mild | Hot; Extras [0-2]: Crab +10</translation>
    </message>
    <message>
        <source>Groups of choices: "*" after the name = one must be chosen; [0-2] = none to two; without either = at most one. Groups are separated by ";", options by "|"; a Thai name after "/".</source>
        <translation>Groups of choices: "*" after the name = one must be chosen; [0-2] = none to two; without either = at most one. Groups are separated by ";", options by "|"; a Thai name after "/".</translation>
    </message>
    <message>
        <source>An option is "Name/Thai name +price": %1</source>
        <translation>An option is "Name/Thai name +price": %1</translation>
    </message>
    <message>
        <source>A group is "Name/Thai name*: option | option" (* one must be chosen; [0-2] how many): %1</source>
        <translation>A group is "Name/Thai name*: option | option" (* one must be chosen; [0-2] how many): %1</translation>
    </message>
    <message>
        <source>New order of the dishes saved: the order screen shows them so.</source>
        <translation>New order of the dishes saved: the order screen shows them so.</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Dish</translation>
    </message>
    <message>
        <source>Dishes (drag to sort)</source>
        <translation>Dishes (drag to sort)</translation>
    </message>
</context>
<context>
    <name>tavola::ui::OrderPage</name>
    <message>
        <source>← Tables</source>
        <translation>← Tables</translation>
    </message>
    <message>
        <source>Send to kitchen</source>
        <translation>Send to kitchen</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Subtotal %1</translation>
    </message>
    <message>
        <source>Discount −%1</source>
        <translation>Discount −%1</translation>
    </message>
    <message>
        <source>Service charge %1</source>
        <translation>Service charge %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>VAT %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Offline — will sync when the connection is back</source>
        <translation>Offline — will sync when the connection is back</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved · order %1 · %2</source>
        <translation>Saved · order %1 · %2</translation>
    </message>
    <message>
        <source>New order: tap dishes, then send them to the kitchen</source>
        <translation>New order: tap dishes, then send them to the kitchen</translation>
    </message>
    <message>
        <source>Print bill</source>
        <translation>Print bill</translation>
    </message>
    <message>
        <source>Bill sent to the printer.</source>
        <translation>Bill sent to the printer.</translation>
    </message>
    <message>
        <source>Search dishes (Thai or English)</source>
        <translation>Search dishes (Thai or English)</translation>
    </message>
    <message>
        <source>Note for the kitchen</source>
        <translation>Note for the kitchen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Give a reason for the void.</source>
        <translation>Give a reason for the void.</translation>
    </message>
    <message>
        <source>Item voided.</source>
        <translation>Item voided.</translation>
    </message>
    <message>
        <source>Enter the discount as a percentage, e.g. 10.</source>
        <translation>Enter the discount as a percentage, e.g. 10.</translation>
    </message>
    <message>
        <source>Discount applied.</source>
        <translation>Discount applied.</translation>
    </message>
    <message>
        <source>Order moved.</source>
        <translation>Order moved.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>Total with the new items %1</source>
        <translation>Total with the new items %1</translation>
    </message>
    <message>
        <source>Not saved on this till: its storage refused the write. Try again; if it keeps happening, write the order down and call the manager.</source>
        <translation>Not saved on this till: its storage refused the write. Try again; if it keeps happening, write the order down and call the manager.</translation>
    </message>
    <message>
        <source>Platform's order code</source>
        <translation>Platform's order code</translation>
    </message>
    <message>
        <source>Customer's name</source>
        <translation>Customer's name</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Takeaway</translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>New delivery</translation>
    </message>
    <message>
        <source>New takeaway</source>
        <translation>New takeaway</translation>
    </message>
    <message>
        <source>To a new check</source>
        <translation>To a new check</translation>
    </message>
    <message>
        <source>One of this line goes on a check of its own, paid separately</source>
        <translation>One of this line goes on a check of its own, paid separately</translation>
    </message>
    <message>
        <source>On a new check: pay it on its own.</source>
        <translation>On a new check: pay it on its own.</translation>
    </message>
    <message>
        <source>Check %1 · %2</source>
        <translation>Check %1 · %2</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Check %1</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Move line</translation>
    </message>
    <message>
        <source>This line goes to the table chosen below, onto its bill</source>
        <translation>This line goes to the table chosen below, onto its bill</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <source>Share the bill's dishes out onto several checks</source>
        <translation>Share the bill's dishes out onto several checks</translation>
    </message>
    <message>
        <source>The bills are joined on table %1.</source>
        <translation>The bills are joined on table %1.</translation>
    </message>
    <message>
        <source>Choose the table the line goes to.</source>
        <translation>Choose the table the line goes to.</translation>
    </message>
    <message>
        <source>Moved to table %1.</source>
        <translation>Moved to table %1.</translation>
    </message>
    <message>
        <source>to %1 · join its bill</source>
        <translation>to %1 · join its bill</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>Hold to mark it sold out</source>
        <translation>Hold to mark it sold out</translation>
    </message>
    <message>
        <source>Sold out — hold to put it back on the menu</source>
        <translation>Sold out — hold to put it back on the menu</translation>
    </message>
    <message>
        <source>%1 is sold out. Hold the dish to put it back on the menu.</source>
        <translation>%1 is sold out. Hold the dish to put it back on the menu.</translation>
    </message>
    <message>
        <source>Sold out: %1</source>
        <translation>Sold out: %1</translation>
    </message>
    <message>
        <source>%1 is back on the menu on every till.</source>
        <translation>%1 is back on the menu on every till.</translation>
    </message>
    <message>
        <source>%1 is sold out on every till.</source>
        <translation>%1 is sold out on every till.</translation>
    </message>
    <message numerus="yes">
        <source>%1: choose %n of %2 first.</source>
        <translation>
            <numerusform>%1: choose %n of %2 first.</numerusform>
            <numerusform>%1: choose %n of %2 first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: choose %3 to %4 of %2.</source>
        <translation>%1: choose %3 to %4 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n</source>
        <translation>
            <numerusform>Choose %n</numerusform>
            <numerusform>Choose %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n</source>
        <translation>
            <numerusform>Up to %n</numerusform>
            <numerusform>Up to %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavola::ui::PrintQueueView</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tavola::ui::QueueBoard</name>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>Party size</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Seat at</source>
        <translation>Seat at</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people · %2 · position %3 · about %4 min</source>
        <translation>
            <numerusform>%1 · %n people · %2 · position %3 · about %4 min</numerusform>
            <numerusform>%1 · %n people · %2 · position %3 · about %4 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seats)</source>
        <translation>
            <numerusform>%1 (%n seats)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 — position %2</source>
        <translation>Ticket %1 — position %2</translation>
    </message>
    <message>
        <source>Choose a vacant table first.</source>
        <translation>Choose a vacant table first.</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>Printing the ticket with its QR code.</source>
        <translation>Printing the ticket with its QR code.</translation>
    </message>
</context>
<context>
    <name>tavola::ui::QueueDisplay</name>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>1–2 people</source>
        <translation>1–2 people</translation>
    </message>
    <message>
        <source>3–4 people</source>
        <translation>3–4 people</translation>
    </message>
    <message>
        <source>5 or more</source>
        <translation>5 or more</translation>
    </message>
</context>
<context>
    <name>tavola::ui::ReportsPage</name>
    <message>
        <source>by day</source>
        <translation>by day</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>by hour</translation>
    </message>
    <message>
        <source>by dish</source>
        <translation>by dish</translation>
    </message>
    <message>
        <source>by category</source>
        <translation>by category</translation>
    </message>
    <message>
        <source>by payment</source>
        <translation>by payment</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>by staff</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) · total %1 · VAT %2 · net %3 · refunded %4</source>
        <translation>
            <numerusform>%n sale · total %1 · VAT %2 · net %3 · refunded %4</numerusform>
            <numerusform>%n sales · total %1 · VAT %2 · net %3 · refunded %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Waitlist: %1 tickets, %2 seated, %3 no-shows · average wait %4 min, 90 % within %5 min</source>
        <translation>Waitlist: %1 tickets, %2 seated, %3 no-shows · average wait %4 min, 90 % within %5 min</translation>
    </message>
    <message>
        <source>by channel</source>
        <translation>by channel</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The table as a spreadsheet file, for the accountant</source>
        <translation>The table as a spreadsheet file, for the accountant</translation>
    </message>
    <message>
        <source>Export the sales</source>
        <translation>Export the sales</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>Show a report first.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The chart and the table as a PDF, to print or send</source>
        <translation>The chart and the table as a PDF, to print or send</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sales %1 – %2, %3</source>
        <translation>Sales %1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Top %n by sales (฿)</source>
        <translation>
            <numerusform>Top %n by sales (฿)</numerusform>
            <numerusform>Top %n by sales (฿)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales (฿)</source>
        <translation>Sales (฿)</translation>
    </message>
</context>
<context>
    <name>tavola::ui::SettingsPage</name>
    <message>
        <source>Shop (printed on receipts)</source>
        <translation>Shop (printed on receipts)</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Shop name in Thai</source>
        <translation>Shop name in Thai</translation>
    </message>
    <message>
        <source>Tax ID (13 digits)</source>
        <translation>Tax ID (13 digits)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Receipt footer</translation>
    </message>
    <message>
        <source>PromptPay ID (mobile, national/tax ID or e-wallet)</source>
        <translation>PromptPay ID (mobile, national/tax ID or e-wallet)</translation>
    </message>
    <message>
        <source>PromptPay biller ID (15 digits, optional)</source>
        <translation>PromptPay biller ID (15 digits, optional)</translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation>Save shop settings</translation>
    </message>
    <message>
        <source>Receipt printer of this till</source>
        <translation>Receipt printer of this till</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>Test page sent to the print queue.</source>
        <translation>Test page sent to the print queue.</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>This till</translation>
    </message>
    <message>
        <source>empty: the server inside this app</source>
        <translation>empty: the server inside this app</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Save (applies at the next start)</source>
        <translation>Save (applies at the next start)</translation>
    </message>
    <message>
        <source>Without a PromptPay ID the bill has no QR.</source>
        <translation>Without a PromptPay ID the bill has no QR.</translation>
    </message>
    <message>
        <source>Not a PromptPay ID: a mobile number (08x-xxx-xxxx), a 13-digit national or tax ID, or a 15-digit e-wallet ID.</source>
        <translation>Not a PromptPay ID: a mobile number (08x-xxx-xxxx), a 13-digit national or tax ID, or a 15-digit e-wallet ID.</translation>
    </message>
    <message>
        <source>Check this number: its last digit does not match a Thai national ID. Payments may not arrive.</source>
        <translation>Check this number: its last digit does not match a Thai national ID. Payments may not arrive.</translation>
    </message>
    <message>
        <source>PromptPay ID looks right.</source>
        <translation>PromptPay ID looks right.</translation>
    </message>
    <message>
        <source>Shop settings saved.</source>
        <translation>Shop settings saved.</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>Printer saved.</translation>
    </message>
    <message>
        <source>A cash drawer is connected to this printer</source>
        <translation>A cash drawer is connected to this printer</translation>
    </message>
    <message>
        <source>Print every new kitchen ticket here (kitchen displays)</source>
        <translation>Print every new kitchen ticket here (kitchen displays)</translation>
    </message>
    <message>
        <source>On a second screen, when there is one</source>
        <translation>On a second screen, when there is one</translation>
    </message>
    <message>
        <source>On screen %1</source>
        <translation>On screen %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>e.g. front — a customer display on another machine follows this name</source>
        <translation>e.g. front — a customer display on another machine follows this name</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Till name</translation>
    </message>
    <message>
        <source>Saved: the server address, language and customer display apply at the next start.</source>
        <translation>Saved: the server address, language and customer display apply at the next start.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <source>Who signs in: add a person, a new PIN, a role, switch an account off</source>
        <translation>Who signs in: add a person, a new PIN, a role, switch an account off</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>Who did what and when: voids, discounts, refunds, sold out, settings</source>
        <translation>Who did what and when: voids, discounts, refunds, sold out, settings</translation>
    </message>
    <message>
        <source>Menu…</source>
        <translation>Menu…</translation>
    </message>
    <message>
        <source>Dishes, prices, categories, stations; import and export a spreadsheet</source>
        <translation>Dishes, prices, categories, stations; import and export a spreadsheet</translation>
    </message>
    <message>
        <source>Receipt header (under the address)</source>
        <translation>Receipt header (under the address)</translation>
    </message>
    <message>
        <source>A manager</source>
        <translation>A manager</translation>
    </message>
    <message>
        <source>The cashier</source>
        <translation>The cashier</translation>
    </message>
    <message>
        <source>Who may confirm a PromptPay payment by eye</source>
        <translation>Who may confirm a PromptPay payment by eye</translation>
    </message>
    <message>
        <source>Menu prices include VAT</source>
        <translation>Menu prices include VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>Service charge</translation>
    </message>
    <message>
        <source>None (to the satang)</source>
        <translation>None (to the satang)</translation>
    </message>
    <message>
        <source>To 0.25 baht</source>
        <translation>To 0.25 baht</translation>
    </message>
    <message>
        <source>To the whole baht</source>
        <translation>To the whole baht</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <source>A paid table needs cleaning before the next guests</source>
        <translation>A paid table needs cleaning before the next guests</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Kitchen stations and their printers</source>
        <translation>Kitchen stations and their printers</translation>
    </message>
    <message>
        <source>The till that sends an order prints each station's ticket on its printer; a station without a printer shows on the kitchen display only.</source>
        <translation>The till that sends an order prints each station's ticket on its printer; a station without a printer shows on the kitchen display only.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>Thai name</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <source>+ Station</source>
        <translation>+ Station</translation>
    </message>
    <message>
        <source>Remove station</source>
        <translation>Remove station</translation>
    </message>
    <message>
        <source>Save stations</source>
        <translation>Save stations</translation>
    </message>
    <message>
        <source>Stations saved: every till prints to them from now on.</source>
        <translation>Stations saved: every till prints to them from now on.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Receipt logo</source>
        <translation>Receipt logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>That file is not an image Tavola can read.</source>
        <translation>That file is not an image Tavola can read.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Save the shop settings to print the new logo.</source>
        <translation>Save the shop settings to print the new logo.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>No backup yet: the server takes one every day by itself, or back up now.</source>
        <translation>No backup yet: the server takes one every day by itself, or back up now.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), newest first:</source>
        <translation>
            <numerusform>%n backup, newest first:</numerusform>
            <numerusform>%n backups, newest first:</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Backed up: %1</translation>
    </message>
</context>
<context>
    <name>tavola::ui::ShiftPage</name>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>Cash counted in the drawer</source>
        <translation>Cash counted in the drawer</translation>
    </message>
    <message>
        <source>Cash in the drawer to start with</source>
        <translation>Cash in the drawer to start with</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>No shift is open</translation>
    </message>
    <message>
        <source>Count the float in the drawer and open a shift before taking money.</source>
        <translation>Count the float in the drawer and open a shift before taking money.</translation>
    </message>
    <message>
        <source>Shift %1 closed — Z report</source>
        <translation>Shift %1 closed — Z report</translation>
    </message>
    <message>
        <source>Shift %1 open — X report</source>
        <translation>Shift %1 open — X report</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n sale(s)</source>
        <translation>
            <numerusform>%1 · %n sale</numerusform>
            <numerusform>%1 · %n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Voids</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation>Opening cash</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <source>Enter an amount like 1000 or 1000.00.</source>
        <translation>Enter an amount like 1000 or 1000.00.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it.</source>
        <translation>Count the cash in the drawer and enter it.</translation>
    </message>
    <message>
        <source>Shift closed. Print or photograph the Z report for the records.</source>
        <translation>Shift closed. Print or photograph the Z report for the records.</translation>
    </message>
    <message numerus="yes">
        <source>Tips · %n payment(s)</source>
        <translation>
            <numerusform>Tips · %n payment</numerusform>
            <numerusform>Tips · %n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>tips for %1</source>
        <translation>tips for %1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>The report is printing.</source>
        <translation>The report is printing.</translation>
    </message>
</context>
<context>
    <name>tavola::ui::SplitPage</name>
    <message>
        <source>← Back to the bill</source>
        <translation>← Back to the bill</translation>
    </message>
    <message>
        <source>Whole lines</source>
        <translation>Whole lines</translation>
    </message>
    <message>
        <source>Off: one of a line moves at a time. On: the whole line moves.</source>
        <translation>Off: one of a line moves at a time. On: the whole line moves.</translation>
    </message>
    <message>
        <source>+ Check</source>
        <translation>+ Check</translation>
    </message>
    <message>
        <source>Drag dishes onto a check, or tap a dish and then “Move here”.</source>
        <translation>Drag dishes onto a check, or tap a dish and then “Move here”.</translation>
    </message>
    <message>
        <source>Split the bill · Table %1</source>
        <translation>Split the bill · Table %1</translation>
    </message>
    <message>
        <source>Split the bill · %1</source>
        <translation>Split the bill · %1</translation>
    </message>
    <message>
        <source>Check 1 (this bill)</source>
        <translation>Check 1 (this bill)</translation>
    </message>
    <message>
        <source>Check %1 (new)</source>
        <translation>Check %1 (new)</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Move here</translation>
    </message>
    <message>
        <source>Tap a dish first, then “Move here” on the check it goes to.</source>
        <translation>Tap a dish first, then “Move here” on the check it goes to.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n check(s)</source>
        <translation>
            <numerusform>Split into %n check</numerusform>
            <numerusform>Split into %n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave at least one dish on this bill.</source>
        <translation>Leave at least one dish on this bill.</translation>
    </message>
    <message>
        <source>Move dishes onto a new check first.</source>
        <translation>Move dishes onto a new check first.</translation>
    </message>
    <message>
        <source>Splitting…</source>
        <translation>Splitting…</translation>
    </message>
</context>
<context>
    <name>tavola::ui::StaffPage</name>
    <message>
        <source>waiter</source>
        <translation>waiter</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cashier</translation>
    </message>
    <message>
        <source>kitchen</source>
        <translation>kitchen</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← Settings</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>e.g. somchai</source>
        <translation>e.g. somchai</translation>
    </message>
    <message>
        <source>e.g. Khun Somchai</source>
        <translation>e.g. Khun Somchai</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>The selected person's name, role and (if typed) a new PIN</source>
        <translation>The selected person's name, role and (if typed) a new PIN</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
    <message>
        <source>Switch the account on</source>
        <translation>Switch the account on</translation>
    </message>
    <message>
        <source>Switch the account off</source>
        <translation>Switch the account off</translation>
    </message>
    <message>
        <source>Give a sign-in name and a PIN of 4 to 8 digits.</source>
        <translation>Give a sign-in name and a PIN of 4 to 8 digits.</translation>
    </message>
    <message>
        <source>%1 can sign in now with their PIN.</source>
        <translation>%1 can sign in now with their PIN.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Nothing to save: change the name or the role, or type a new PIN.</source>
        <translation>Nothing to save: change the name or the role, or type a new PIN.</translation>
    </message>
    <message>
        <source>Saved. %1 signs in with the new PIN from now on.</source>
        <translation>Saved. %1 signs in with the new PIN from now on.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their sales stay in the reports.</source>
        <translation>%1 can no longer sign in; their sales stay in the reports.</translation>
    </message>
</context>
</TS>