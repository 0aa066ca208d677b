<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Cli</name>
    <message>
        <source>Run '%1 --help' for usage.</source>
        <translation>พิมพ์ '%1 --help' เพื่อดูวิธีใช้</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>ไม่รู้จักอาร์กิวเมนต์ '%1'</translation>
    </message>
    <message>
        <source>Prints a PromptPay QR payload (EMVCo, Thai profile) on standard output.
The target is a mobile number (0812345678, +66812345678), a 13-digit national or
tax ID, or a 15-digit e-wallet ID; with --biller it is a bill payment (tag 30).</source>
        <translation>พิมพ์ข้อมูล QR พร้อมเพย์ (EMVCo แบบไทย) ออกทางเอาต์พุตมาตรฐาน
ผู้รับเงินคือเบอร์มือถือ (0812345678, +66812345678) เลขประจำตัวประชาชนหรือเลขผู้เสียภาษี 13 หลัก
หรือเลข e-Wallet 15 หลัก ถ้าใช้ --biller จะเป็นการชำระบิล (แท็ก 30)</translation>
    </message>
    <message>
        <source>Mobile number, national/tax ID or e-wallet ID.</source>
        <translation>เบอร์มือถือ เลขประจำตัวประชาชน/เลขผู้เสียภาษี หรือเลข e-Wallet</translation>
    </message>
    <message>
        <source>Amount in baht, e.g. 145.00 (makes a dynamic QR).</source>
        <translation>จำนวนเงินเป็นบาท เช่น 145.00 (สร้าง QR แบบระบุยอด)</translation>
    </message>
    <message>
        <source>15-digit biller ID for a bill payment QR.</source>
        <translation>รหัสผู้รับชำระ (Biller ID) 15 หลัก สำหรับ QR ชำระบิล</translation>
    </message>
    <message>
        <source>Bill payment reference 1 (A-Z, 0-9, up to 20).</source>
        <translation>เลขอ้างอิง 1 ของการชำระบิล (A-Z, 0-9 ไม่เกิน 20 ตัว)</translation>
    </message>
    <message>
        <source>Bill payment reference 2 (optional).</source>
        <translation>เลขอ้างอิง 2 ของการชำระบิล (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Give either --target or --biller.</source>
        <translation>ระบุ --target หรือ --biller อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>The amount '%1' is not valid: use baht with at most two decimals, like 145.00.</source>
        <translation>จำนวนเงิน '%1' ไม่ถูกต้อง: ใช้หน่วยบาท ทศนิยมไม่เกินสองตำแหน่ง เช่น 145.00</translation>
    </message>
    <message>
        <source>Writes a QR code of the text (UTF-8, Thai welcome) as a PNG image.</source>
        <translation>สร้าง QR โค้ดของข้อความ (UTF-8 รองรับภาษาไทย) เป็นไฟล์ภาพ PNG</translation>
    </message>
    <message>
        <source>The text to encode.</source>
        <translation>ข้อความที่จะเข้ารหัส</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>ไฟล์ PNG ที่จะบันทึก</translation>
    </message>
    <message>
        <source>Pixels per module (default 8).</source>
        <translation>จำนวนพิกเซลต่อโมดูล (ค่าเริ่มต้น 8)</translation>
    </message>
    <message>
        <source>Both --text and --out are required.</source>
        <translation>ต้องระบุทั้ง --text และ --out</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 64.</source>
        <translation>--scale ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 64</translation>
    </message>
    <message>
        <source>Cannot write '%1'.</source>
        <translation>บันทึกไฟล์ '%1' ไม่ได้</translation>
    </message>
    <message>
        <source>Print a PromptPay QR payload</source>
        <translation>พิมพ์ข้อมูล QR พร้อมเพย์</translation>
    </message>
    <message>
        <source>Write a QR code PNG</source>
        <translation>สร้างไฟล์ QR โค้ด PNG</translation>
    </message>
    <message>
        <source>Usage: tavola-cli &lt;command&gt; [options]</source>
        <translation>วิธีใช้: tavola-cli &lt;คำสั่ง&gt; [ตัวเลือก]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>คำสั่ง:</translation>
    </message>
    <message>
        <source>Run 'tavola-cli &lt;command&gt; --help' for the options of a command.</source>
        <translation>พิมพ์ 'tavola-cli &lt;คำสั่ง&gt; --help' เพื่อดูตัวเลือกของแต่ละคำสั่ง</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>ไม่รู้จักคำสั่ง '%1'</translation>
    </message>
    <message>
        <source>Renders a sample document with fixed demo data and a fixed time, so the output is the same every run:
ESC/POS bytes for a printer profile, or a PNG or PDF preview.</source>
        <translation>สร้างเอกสารตัวอย่างจากข้อมูลสาธิตและเวลาที่กำหนดไว้ ผลลัพธ์จึงเหมือนเดิมทุกครั้ง:
เป็นข้อมูล ESC/POS ตามโปรไฟล์เครื่องพิมพ์ หรือภาพตัวอย่าง PNG หรือ PDF</translation>
    </message>
    <message>
        <source>prebill, receipt, kitchen or queue.</source>
        <translation>prebill (ใบแจ้งรายการ), receipt (ใบเสร็จ), kitchen (ใบสั่งครัว) หรือ queue (บัตรคิว)</translation>
    </message>
    <message>
        <source>png or pdf instead of ESC/POS bytes.</source>
        <translation>png หรือ pdf แทนข้อมูล ESC/POS</translation>
    </message>
    <message>
        <source>Receipt language, th (default) or en.</source>
        <translation>ภาษาของใบเสร็จ th (ค่าเริ่มต้น) หรือ en</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>ไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
        <source>Send to a printer: tcp://host:9100 or file:///dev/usb/lp0.</source>
        <translation>ส่งไปยังเครื่องพิมพ์: tcp://host:9100 หรือ file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>Give --sample prebill, receipt, kitchen or queue.</source>
        <translation>ระบุ --sample เป็น prebill, receipt, kitchen หรือ queue</translation>
    </message>
    <message>
        <source>Give either --out or --printer.</source>
        <translation>ระบุ --out หรือ --printer อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>--format must be png or pdf.</source>
        <translation>--format ต้องเป็น png หรือ pdf</translation>
    </message>
    <message>
        <source>A PNG or PDF goes to --out; printers take ESC/POS.</source>
        <translation>ไฟล์ PNG หรือ PDF ต้องใช้กับ --out เครื่องพิมพ์รับเฉพาะ ESC/POS</translation>
    </message>
    <message>
        <source>Prints a test page that shows what a printer profile can do.</source>
        <translation>พิมพ์หน้าทดสอบที่แสดงความสามารถของโปรไฟล์เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Printer profile (default escpos-80-raster).</source>
        <translation>โปรไฟล์เครื่องพิมพ์ (ค่าเริ่มต้น escpos-80-raster)</translation>
    </message>
    <message>
        <source>tcp://host:9100 or file:///dev/usb/lp0.</source>
        <translation>tcp://host:9100 หรือ file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>Give --printer.</source>
        <translation>ระบุ --printer</translation>
    </message>
    <message>
        <source>Render a sample receipt, pre-bill, kitchen or queue ticket</source>
        <translation>สร้างใบเสร็จ ใบแจ้งรายการ ใบสั่งครัว หรือบัตรคิวตัวอย่าง</translation>
    </message>
    <message>
        <source>Print a printer's test page</source>
        <translation>พิมพ์หน้าทดสอบเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Printer profile: escpos-80-raster (default), escpos-58-raster, escpos-80-text, escpos-58-text.</source>
        <translation>โปรไฟล์เครื่องพิมพ์: escpos-80-raster (ค่าเริ่มต้น), escpos-58-raster, escpos-80-text, escpos-58-text</translation>
    </message>
    <message>
        <source>Reads the verification QR of a bank or TrueMoney transfer slip and prints what it says
as one line of JSON. It exits 1, saying why, when the payload is not a valid slip QR.</source>
        <translation>อ่าน QR ตรวจสอบบนสลิปโอนเงินของธนาคารหรือทรูมันนี่ แล้วพิมพ์ข้อมูลเป็น JSON หนึ่งบรรทัด
หากไม่ใช่ QR สลิปที่ถูกต้อง จะบอกเหตุผลและจบด้วยรหัส 1</translation>
    </message>
    <message>
        <source>The text of the slip's QR code.</source>
        <translation>ข้อความใน QR ของสลิป</translation>
    </message>
    <message>
        <source>Give the slip's QR text with --parse.</source>
        <translation>ระบุข้อความ QR ของสลิปด้วย --parse</translation>
    </message>
    <message>
        <source>Not a valid slip QR: %1</source>
        <translation>ไม่ใช่ QR สลิปที่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>Read a transfer slip's verification QR</source>
        <translation>อ่าน QR ตรวจสอบบนสลิปโอนเงิน</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Please check what you entered.</source>
        <translation>กรุณาตรวจสอบข้อมูลที่กรอก</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a manager.</source>
        <translation>คุณไม่มีสิทธิ์ทำรายการนี้ กรุณาเรียกผู้จัดการ</translation>
    </message>
    <message>
        <source>This no longer exists. The screen will refresh.</source>
        <translation>รายการนี้ไม่มีอยู่แล้ว หน้าจอจะรีเฟรชใหม่</translation>
    </message>
    <message>
        <source>This table already has an open bill.</source>
        <translation>โต๊ะนี้มีบิลที่เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>This bill cannot be changed in its current state.</source>
        <translation>บิลนี้แก้ไขไม่ได้ในสถานะปัจจุบัน</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>บิลนี้ชำระเงินแล้ว</translation>
    </message>
    <message>
        <source>That step is not possible now.</source>
        <translation>ยังทำขั้นตอนนี้ไม่ได้ในตอนนี้</translation>
    </message>
    <message>
        <source>The previous request is still being saved. Please wait.</source>
        <translation>รายการก่อนหน้ากำลังบันทึกอยู่ กรุณารอสักครู่</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. The screen was refreshed; please try again.</source>
        <translation>มีผู้อื่นแก้ไขรายการนี้พร้อมกัน หน้าจอรีเฟรชแล้ว กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This dish is not available right now.</source>
        <translation>เมนูนี้หมดชั่วคราว</translation>
    </message>
    <message>
        <source>Too much data in one request.</source>
        <translation>ข้อมูลในคำขอเดียวมากเกินไป</translation>
    </message>
    <message>
        <source>This request was already sent with different contents.</source>
        <translation>คำขอนี้เคยส่งไปแล้วด้วยข้อมูลที่ต่างกัน</translation>
    </message>
    <message>
        <source>The cash received is less than the amount due.</source>
        <translation>เงินสดที่รับมาน้อยกว่ายอดที่ต้องชำระ</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation>ส่งคำขอถี่เกินไป กรุณารอสักครู่</translation>
    </message>
    <message>
        <source>Cannot reach the server. Your work is kept and will be sent when the connection is back.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้ รายการของคุณถูกเก็บไว้และจะส่งเมื่อการเชื่อมต่อกลับมา</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again; if it keeps happening, call support.</source>
        <translation>เกิดข้อผิดพลาดที่เซิร์ฟเวอร์ กรุณาลองอีกครั้ง หากยังเกิดซ้ำ กรุณาติดต่อฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>(field: %1)</source>
        <translation>(ช่อง: %1)</translation>
    </message>
    <message>
        <source>The server's disk is full: nothing new can be saved. Ask the manager to free space; your work is kept on this till.</source>
        <translation>ดิสก์ของเซิร์ฟเวอร์เต็ม บันทึกข้อมูลใหม่ไม่ได้ โปรดแจ้งผู้จัดการให้เพิ่มพื้นที่ งานของคุณยังเก็บอยู่ในเครื่องนี้</translation>
    </message>
    <message>
        <source>⚠ The server's certificate has CHANGED. The till refused to connect: this may not be your server. A manager must check the new fingerprint before trusting it.</source>
        <translation>⚠ ใบรับรองของเซิร์ฟเวอร์ถูกเปลี่ยน เครื่องขายปฏิเสธการเชื่อมต่อ: อาจไม่ใช่เซิร์ฟเวอร์ของร้าน ผู้จัดการต้องตรวจลายนิ้วมือใบรับรองใหม่ก่อนเชื่อถือ</translation>
    </message>
    <message>
        <source>This till does not know the server's certificate yet. A manager must compare its fingerprint and trust it.</source>
        <translation>เครื่องขายนี้ยังไม่รู้จักใบรับรองของเซิร์ฟเวอร์ ผู้จัดการต้องเทียบลายนิ้วมือแล้วกดเชื่อถือ</translation>
    </message>
    <message>
        <source>This transfer slip has already paid another bill. Ask the guest for the slip of this payment.</source>
        <translation>สลิปโอนเงินนี้ใช้ชำระบิลอื่นไปแล้ว ขอสลิปของการชำระครั้งนี้จากลูกค้า</translation>
    </message>
    <message>
        <source>The bank did not confirm this slip. Do not hand over the bill; ask the guest to check their transfer.</source>
        <translation>ธนาคารไม่ยืนยันสลิปนี้ อย่าเพิ่งปิดบิล ขอให้ลูกค้าตรวจสอบการโอนเงิน</translation>
    </message>
    <message>
        <source>The transfer on this slip is not the amount due. Ask the guest to check their transfer.</source>
        <translation>ยอดโอนในสลิปนี้ไม่ตรงกับยอดที่ต้องชำระ ขอให้ลูกค้าตรวจสอบการโอนเงิน</translation>
    </message>
    <message>
        <source>That is more than is still due on this bill. Check the amount.</source>
        <translation>ยอดนี้มากกว่ายอดที่ยังค้างชำระในบิลนี้ กรุณาตรวจสอบจำนวนเงิน</translation>
    </message>
    <message>
        <source>This bill already has a full tax invoice. Reprint that one instead.</source>
        <translation>บิลนี้ออกใบกำกับภาษีเต็มรูปแล้ว ให้พิมพ์ใบเดิมซ้ำแทน</translation>
    </message>
    <message>
        <source>The server cannot do this in its set-up (see the operations guide).</source>
        <translation>เซิร์ฟเวอร์ทำสิ่งนี้ไม่ได้ในการตั้งค่าปัจจุบัน (ดูคู่มือการดูแลระบบ)</translation>
    </message>
</context>
<context>
    <name>FloorPlanEditor</name>
    <message>
        <source>Add table %1</source>
        <translation>เพิ่มโต๊ะ %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n table(s)</source>
        <translation>
            <numerusform>ลบ %n โต๊ะ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n table(s)</source>
        <translation>
            <numerusform>ย้าย %n โต๊ะ</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>ปรับขนาด %1</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>หมุน %1</translation>
    </message>
    <message>
        <source>Add zone %1</source>
        <translation>เพิ่มโซน %1</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>เปลี่ยนชื่อโซน %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Dining room</source>
        <translation>ในร้าน</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No receipt printer is set up: enter its address in Settings.</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์ใบเสร็จ กรุณาใส่ที่อยู่เครื่องพิมพ์ในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>หน้าทดสอบ</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>ใบเสร็จ %1</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>ใบแจ้งยอด %1</translation>
    </message>
    <message>
        <source>Queue ticket %1</source>
        <translation>บัตรคิว %1</translation>
    </message>
    <message>
        <source>Kitchen %1 #%2</source>
        <translation>ครัว %1 #%2</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>ใบกำกับภาษี %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>รายงาน Z %1</translation>
    </message>
    <message>
        <source>X report %1</source>
        <translation>รายงาน X %1</translation>
    </message>
    <message>
        <source>Kitchen %1 #%2 (%3)</source>
        <translation>ครัว %1 #%2 (%3)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>vacant</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>มีลูกค้า</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>กำลังเสิร์ฟ</translation>
    </message>
    <message>
        <source>bill requested</source>
        <translation>เรียกเช็คบิล</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>กำลังเก็บโต๊ะ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>กำลังทำ</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>พร้อมเสิร์ฟ</translation>
    </message>
    <message>
        <source>served</source>
        <translation>เสิร์ฟแล้ว</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>called</source>
        <translation>เรียกแล้ว</translation>
    </message>
    <message>
        <source>kitchen</source>
        <translation>ครัว</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>บาร์เครื่องดื่ม</translation>
    </message>
    <message>
        <source>dim sum</source>
        <translation>ติ่มซำ</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>PromptPay</source>
        <translation>พร้อมเพย์</translation>
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
        <translation>สั่งทางโทรศัพท์</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>dine-in</source>
        <translation>ทานที่ร้าน</translation>
    </message>
    <message>
        <source>takeaway</source>
        <translation>กลับบ้าน</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>เดลิเวอรี</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>tavola::client::Outbox</name>
    <message>
        <source>PromptPay needs the server: take cash, or wait until the connection is back.</source>
        <translation>พร้อมเพย์ต้องเชื่อมต่อเซิร์ฟเวอร์ กรุณารับเงินสด หรือรอจนกว่าการเชื่อมต่อจะกลับมา</translation>
    </message>
    <message>
        <source>The order this belongs to was not saved.</source>
        <translation>ออร์เดอร์ของรายการนี้ไม่ได้ถูกบันทึก</translation>
    </message>
    <message>
        <source>The order could not be opened: %1</source>
        <translation>เปิดออร์เดอร์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>tavola::client::SessionStore</name>
    <message>
        <source>No keychain is available on this computer, so the sign-in is not remembered: you will be asked for your PIN at each start.</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่านของระบบ จึงจำการเข้าสู่ระบบไว้ไม่ได้ ระบบจะถาม PIN ทุกครั้งที่เปิดโปรแกรม</translation>
    </message>
</context>
<context>
    <name>tavola::ui::AppContext</name>
    <message>
        <source>Needs the server — will be possible when back online.</source>
        <translation>ต้องเชื่อมต่อเซิร์ฟเวอร์ — ใช้ได้เมื่อกลับมาออนไลน์</translation>
    </message>
</context>
<context>
    <name>tavola::ui::AuditPage</name>
    <message>
        <source>void</source>
        <translation>ยกเลิกรายการ</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>bill cancelled</source>
        <translation>ยกเลิกบิล</translation>
    </message>
    <message>
        <source>bill reopened</source>
        <translation>เปิดบิลใหม่</translation>
    </message>
    <message>
        <source>bill split</source>
        <translation>แยกบิล</translation>
    </message>
    <message>
        <source>bills joined</source>
        <translation>รวมบิล</translation>
    </message>
    <message>
        <source>bill moved</source>
        <translation>ย้ายบิล</translation>
    </message>
    <message>
        <source>dishes moved</source>
        <translation>ย้ายรายการ</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>ชำระเงิน</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>PromptPay confirmed by staff</source>
        <translation>พนักงานยืนยันพร้อมเพย์</translation>
    </message>
    <message>
        <source>PromptPay confirmed by slip</source>
        <translation>ยืนยันพร้อมเพย์ด้วยสลิป</translation>
    </message>
    <message>
        <source>tax invoice</source>
        <translation>ใบกำกับภาษี</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>แจ้งของหมด</translation>
    </message>
    <message>
        <source>back on the menu</source>
        <translation>เปิดขายอีกครั้ง</translation>
    </message>
    <message>
        <source>menu imported</source>
        <translation>นำเข้าเมนู</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>แก้ไขการตั้งค่า</translation>
    </message>
    <message>
        <source>staff added</source>
        <translation>เพิ่มพนักงาน</translation>
    </message>
    <message>
        <source>staff changed</source>
        <translation>แก้ไขพนักงาน</translation>
    </message>
    <message>
        <source>shift opened</source>
        <translation>เปิดกะ</translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation>ปิดกะ</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← ตั้งค่า</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการใช้งาน</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>ยกเลิกรายการ</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Cancelled bills</source>
        <translation>บิลที่ยกเลิก</translation>
    </message>
    <message>
        <source>PromptPay confirmed by hand</source>
        <translation>พร้อมเพย์ที่ยืนยันเอง</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>หมด</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>เมนู</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ทำอะไร</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>ไม่มีรายการในช่วงนี้</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first</source>
        <translation>
            <numerusform>%n รายการ ล่าสุดก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>bill opened</source>
        <translation>เปิดบิล</translation>
    </message>
    <message>
        <source>dishes added</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <source>sent to the kitchen</source>
        <translation>ส่งเข้าครัว</translation>
    </message>
    <message>
        <source>bill asked for</source>
        <translation>เช็คบิล</translation>
    </message>
    <message>
        <source>payment cancelled</source>
        <translation>ยกเลิกการชำระ</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>บิล</translation>
    </message>
    <message>
        <source>line</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>dish</source>
        <translation>เมนู</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>กะ</translation>
    </message>
</context>
<context>
    <name>tavola::ui::CheckoutPage</name>
    <message>
        <source>← Back</source>
        <translation>← กลับ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>PromptPay</source>
        <translation>พร้อมเพย์</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>รับเงินมา</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>พอดี</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation>รับเงินสด</translation>
    </message>
    <message>
        <source>Run the card on the terminal, then enter its approval code.</source>
        <translation>รูดบัตรที่เครื่อง EDC แล้วกรอกรหัสอนุมัติ</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>รหัสอนุมัติ</translation>
    </message>
    <message>
        <source>Record card payment</source>
        <translation>บันทึกการชำระด้วยบัตร</translation>
    </message>
    <message>
        <source>Done — next guest</source>
        <translation>เสร็จ — ลูกค้าถัดไป</translation>
    </message>
    <message>
        <source>The amount paid does not match the bill. Ask a manager.</source>
        <translation>ยอดที่โอนมาไม่ตรงกับบิล กรุณาเรียกผู้จัดการ</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>ยอดชำระ %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>เงินทอน %1</translation>
    </message>
    <message>
        <source>Enter the cash received: at least %1.</source>
        <translation>กรอกจำนวนเงินที่รับมา อย่างน้อย %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Asking the bank for a QR…</source>
        <translation>กำลังขอ QR จากธนาคาร…</translation>
    </message>
    <message>
        <source>Scan with any Thai banking app: %1</source>
        <translation>สแกนด้วยแอปธนาคารใดก็ได้: %1</translation>
    </message>
    <message>
        <source>The QR has expired: tap PromptPay for a new one.</source>
        <translation>QR หมดอายุแล้ว แตะพร้อมเพย์เพื่อสร้างใหม่</translation>
    </message>
    <message>
        <source>Waiting for payment · %1:%2</source>
        <translation>รอการชำระเงิน · %1:%2</translation>
    </message>
    <message>
        <source>Enter the approval code from the card terminal.</source>
        <translation>กรอกรหัสอนุมัติจากเครื่องรูดบัตร</translation>
    </message>
    <message>
        <source>Due %1 (cash rounding %2)</source>
        <translation>ยอดชำระ %1 (ปัดเศษเงินสด %2)</translation>
    </message>
    <message>
        <source>%1 more needed</source>
        <translation>ขาดอีก %1</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>ชำระแล้ว ✓</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>ชำระด้วย%1</translation>
    </message>
    <message>
        <source>card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Receipt number follows when the connection is back</source>
        <translation>เลขที่ใบเสร็จจะออกเมื่อเชื่อมต่อได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>ใบเสร็จ %1</translation>
    </message>
    <message>
        <source>When the guest has paid, scan the small QR on their transfer slip:</source>
        <translation>เมื่อลูกค้าโอนแล้ว ให้สแกน QR เล็กบนสลิปโอนเงินของลูกค้า:</translation>
    </message>
    <message>
        <source>Scan slip…</source>
        <translation>สแกนสลิป…</translation>
    </message>
    <message>
        <source>No slip? A manager checks the transfer in the shop's bank app:</source>
        <translation>ไม่มีสลิป? ให้ผู้จัดการตรวจยอดโอนในแอปธนาคารของร้าน:</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN ผู้จัดการ</translation>
    </message>
    <message>
        <source>Transfer received — confirm</source>
        <translation>ได้รับเงินโอนแล้ว — ยืนยัน</translation>
    </message>
    <message>
        <source>The shop's PromptPay ID is not set: a manager enters it in Settings.</source>
        <translation>ยังไม่ได้ตั้งพร้อมเพย์ของร้าน: ให้ผู้จัดการใส่ในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>PromptPay %1</source>
        <translation>พร้อมเพย์ %1</translation>
    </message>
    <message>
        <source>The guest scans this QR with any Thai banking app.</source>
        <translation>ให้ลูกค้าสแกน QR นี้ด้วยแอปธนาคารใดก็ได้</translation>
    </message>
    <message>
        <source>Transfer received — confirm with manager PIN</source>
        <translation>ได้รับเงินโอนแล้ว — ยืนยันด้วย PIN ผู้จัดการ</translation>
    </message>
    <message>
        <source>This is not a transfer slip's QR. Scan the small QR printed on the guest's e-slip.</source>
        <translation>นี่ไม่ใช่ QR ของสลิปโอนเงิน ให้สแกน QR เล็กที่อยู่บนสลิปของลูกค้า</translation>
    </message>
    <message>
        <source>A manager enters their PIN to confirm a transfer without a slip.</source>
        <translation>การยืนยันยอดโอนโดยไม่มีสลิป ผู้จัดการต้องใส่ PIN</translation>
    </message>
    <message>
        <source>Checking the slip…</source>
        <translation>กำลังตรวจสลิป…</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>กำลังยืนยัน…</translation>
    </message>
    <message>
        <source>This slip already paid receipt %1 at %2. Ask the guest for the slip of this payment.</source>
        <translation>สลิปนี้ใช้ชำระใบเสร็จ %1 ไปแล้วเมื่อ %2 น. ขอสลิปของการชำระครั้งนี้จากลูกค้า</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>แบ่งจ่ายเท่ากัน</translation>
    </message>
    <message>
        <source>Fewer parts</source>
        <translation>ลดจำนวนส่วน</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>เพิ่มจำนวนส่วน</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>จ่ายตอนนี้</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <source>Enter the amount to pay now, for example 150 or 150.50.</source>
        <translation>ใส่จำนวนเงินที่จะจ่ายตอนนี้ เช่น 150 หรือ 150.50</translation>
    </message>
    <message>
        <source>That is more than the %1 still due.</source>
        <translation>มากกว่ายอดค้างชำระ %1</translation>
    </message>
    <message>
        <source>Pay now %1 of %2 due</source>
        <translation>จ่ายตอนนี้ %1 จากยอดค้าง %2</translation>
    </message>
    <message>
        <source>+ tip %1 = %2</source>
        <translation>+ ทิป %1 = %2</translation>
    </message>
    <message>
        <source>Paid so far %1 of %2</source>
        <translation>จ่ายแล้ว %1 จาก %2</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>%1 paid by %2.</source>
        <translation>รับ %1 ด้วย%2แล้ว</translation>
    </message>
    <message>
        <source>Change %1.</source>
        <translation>เงินทอน %1</translation>
    </message>
    <message>
        <source>Take the next part.</source>
        <translation>รับส่วนถัดไปได้เลย</translation>
    </message>
</context>
<context>
    <name>tavola::ui::CustomerDisplay</name>
    <message>
        <source>Tavola — customer display</source>
        <translation>Tavola — จอลูกค้า</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>โต๊ะ %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more above</source>
        <translation>
            <numerusform>… อีก %n รายการด้านบน</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>incl. service charge %1</source>
        <translation>รวมค่าบริการ %1</translation>
    </message>
    <message>
        <source>Scan to pay with any Thai banking app</source>
        <translation>สแกนจ่ายด้วยแอปธนาคารใดก็ได้</translation>
    </message>
    <message>
        <source>Paid — thank you</source>
        <translation>ชำระเงินแล้ว — ขอบคุณค่ะ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เงินทอน</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>เหลือเวลา %1:%2</translation>
    </message>
</context>
<context>
    <name>tavola::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Tavola</source>
        <translation>ยินดีต้อนรับสู่ Tavola</translation>
    </message>
    <message>
        <source>This till keeps the shop's data itself, and there is nobody to sign in yet. Make the owner's account: then add the menu, the tables, the staff, the taxes and the printers in Settings.</source>
        <translation>เครื่องนี้เก็บข้อมูลร้านเอง และยังไม่มีผู้ใช้ สร้างบัญชีของเจ้าของร้านก่อน แล้วจึงเพิ่มเมนู โต๊ะ พนักงาน ภาษี และเครื่องพิมพ์ในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>e.g. owner</source>
        <translation>เช่น owner</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>ชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>4 to 8 digits, to sign in at the till</source>
        <translation>ตัวเลข 4 ถึง 8 หลัก สำหรับเข้าระบบที่เครื่อง</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>สร้างบัญชี</translation>
    </message>
    <message>
        <source>Give a sign-in name.</source>
        <translation>ใส่ชื่อเข้าระบบ</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>PIN ต้องเป็นตัวเลข 4 ถึง 8 หลัก</translation>
    </message>
</context>
<context>
    <name>tavola::ui::FloorPlanEditor</name>
    <message>
        <source>← Tables</source>
        <translation>← โต๊ะ</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>เพิ่มโต๊ะ</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>โต๊ะกลม</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Rotate 15°</source>
        <translation>หมุน 15°</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation>ใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>เล็กลง</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>จำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>รูปทรง</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>สี่เหลี่ยม</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>กลม</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>บันทึกแล้ว (เวอร์ชัน %1)</translation>
    </message>
    <message>
        <source>The floor plan was changed on another device. It has been reloaded; please make your changes again.</source>
        <translation>ผังร้านถูกแก้ไขจากอีกเครื่อง ระบบโหลดผังล่าสุดแล้ว กรุณาแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>ชื่อโซน</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>เพิ่มโซน</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>เปลี่ยนชื่อโซน</translation>
    </message>
</context>
<context>
    <name>tavola::ui::FloorPlanView</name>
    <message>
        <source>saving</source>
        <translation>กำลังบันทึก</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <source>+ Takeaway</source>
        <translation>+ กลับบ้าน</translation>
    </message>
    <message>
        <source>+ Delivery</source>
        <translation>+ เดลิเวอรี</translation>
    </message>
</context>
<context>
    <name>tavola::ui::HistoryPage</name>
    <message>
        <source>Receipt, pickup code, rider's code, order or table</source>
        <translation>เลขใบเสร็จ รหัสรับอาหาร รหัสไรเดอร์ ออร์เดอร์ หรือโต๊ะ</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>ทุกออร์เดอร์</translation>
    </message>
    <message>
        <source>Dine-in</source>
        <translation>ทานที่ร้าน</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>สั่งกลับบ้าน</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>เดลิเวอรี</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ออร์เดอร์</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Find an order, then tap it.</source>
        <translation>ค้นหาออร์เดอร์ แล้วแตะเพื่อเปิด</translation>
    </message>
    <message>
        <source>Reprint receipt (copy)</source>
        <translation>พิมพ์ใบเสร็จซ้ำ (สำเนา)</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>เหตุผลที่คืนเงิน</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN ผู้จัดการ</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>No order matches.</source>
        <translation>ไม่พบออร์เดอร์ที่ตรงกัน</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ออร์เดอร์</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>ออร์เดอร์ %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>ยอดสุทธิ %1</translation>
    </message>
    <message>
        <source>Copy of %1 sent to the printer.</source>
        <translation>ส่งสำเนา %1 ไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>This order has no receipt to reprint.</source>
        <translation>ออร์เดอร์นี้ไม่มีใบเสร็จให้พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>ระบุเหตุผลที่คืนเงิน</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>คืนเงิน %1 แล้ว</translation>
    </message>
    <message>
        <source>Full tax invoice…</source>
        <translation>ใบกำกับภาษีเต็มรูป…</translation>
    </message>
    <message>
        <source>Full tax invoice</source>
        <translation>ใบกำกับภาษีเต็มรูป</translation>
    </message>
    <message>
        <source>Buyer's name (company or person)</source>
        <translation>ชื่อผู้ซื้อ (บริษัทหรือบุคคล)</translation>
    </message>
    <message>
        <source>Tax ID (13 digits)</source>
        <translation>เลขประจำตัวผู้เสียภาษี (13 หลัก)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>00000 for the head office, else the branch number</source>
        <translation>00000 สำหรับสำนักงานใหญ่ หรือเลขที่สาขา</translation>
    </message>
    <message>
        <source>Buyer's address</source>
        <translation>ที่อยู่ผู้ซื้อ</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← กลับ</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>ออกและพิมพ์</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>บันทึก PDF…</translation>
    </message>
    <message>
        <source>Save the tax invoice</source>
        <translation>บันทึกใบกำกับภาษี</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>ใบกำกับภาษี %1</translation>
    </message>
    <message>
        <source>Tax invoice %1 was cancelled by a refund.</source>
        <translation>ใบกำกับภาษี %1 ถูกยกเลิกเพราะคืนเงินแล้ว</translation>
    </message>
    <message>
        <source>Tax invoice %1 was issued for this bill.</source>
        <translation>บิลนี้ออกใบกำกับภาษี %1 แล้ว</translation>
    </message>
    <message>
        <source>For receipt %1, %2.</source>
        <translation>สำหรับใบเสร็จ %1 ยอด %2</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>พิมพ์ซ้ำ (สำเนา)</translation>
    </message>
    <message>
        <source>No tax ID: a private person.</source>
        <translation>ไม่มีเลขผู้เสียภาษี: บุคคลทั่วไป</translation>
    </message>
    <message>
        <source>✓ Valid tax ID</source>
        <translation>✓ เลขประจำตัวผู้เสียภาษีถูกต้อง</translation>
    </message>
    <message>
        <source>%1 of 13 digits</source>
        <translation>%1 จาก 13 หลัก</translation>
    </message>
    <message>
        <source>✗ Not a valid tax ID: check the digits with the guest.</source>
        <translation>✗ เลขประจำตัวผู้เสียภาษีไม่ถูกต้อง: ตรวจตัวเลขกับลูกค้าอีกครั้ง</translation>
    </message>
    <message>
        <source>The tax ID is not valid: 13 digits with the right check digit.</source>
        <translation>เลขประจำตัวผู้เสียภาษีไม่ถูกต้อง: ต้องมี 13 หลักและหลักตรวจสอบถูกต้อง</translation>
    </message>
    <message>
        <source>The branch is 5 digits: 00000 for the head office.</source>
        <translation>สาขาเป็นตัวเลข 5 หลัก: 00000 คือสำนักงานใหญ่</translation>
    </message>
    <message>
        <source>Enter the buyer's address.</source>
        <translation>กรุณาใส่ที่อยู่ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Enter the buyer's name.</source>
        <translation>กรุณาใส่ชื่อผู้ซื้อ</translation>
    </message>
    <message>
        <source>This bill already had tax invoice %1: a copy was printed.</source>
        <translation>บิลนี้มีใบกำกับภาษี %1 อยู่แล้ว: พิมพ์สำเนาให้แล้ว</translation>
    </message>
    <message>
        <source>Tax invoice %1 issued and sent to the printer.</source>
        <translation>ออกใบกำกับภาษี %1 และส่งไปพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Tax invoice %1 issued. %2</source>
        <translation>ออกใบกำกับภาษี %1 แล้ว %2</translation>
    </message>
    <message>
        <source>No tax invoice to save.</source>
        <translation>ไม่มีใบกำกับภาษีให้บันทึก</translation>
    </message>
</context>
<context>
    <name>tavola::ui::KitchenBoard</name>
    <message>
        <source>Recall last</source>
        <translation>เรียกคืนรายการล่าสุด</translation>
    </message>
    <message numerus="yes">
        <source>Kitchen · %n ticket(s)</source>
        <translation>
            <numerusform>ครัว · %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>สั่งกลับบ้าน</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่มทำ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อมเสิร์ฟ</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>เสิร์ฟแล้ว</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>ทุกสถานี</translation>
    </message>
</context>
<context>
    <name>tavola::ui::LoginPage</name>
    <message>
        <source>Tavola — sign in</source>
        <translation>Tavola — เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Enter your username and PIN.</source>
        <translation>กรอกชื่อผู้ใช้และ PIN</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>กำลังเข้าสู่ระบบ…</translation>
    </message>
    <message>
        <source>Wrong username or PIN.</source>
        <translation>ชื่อผู้ใช้หรือ PIN ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Locked — your PIN to go on (or another user's to take over)</source>
        <translation>ล็อกอยู่ — ใส่ PIN ของคุณเพื่อทำต่อ (หรือ PIN ของผู้ใช้อื่นเพื่อรับช่วง)</translation>
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
        <translation>โต๊ะ</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>ครัว</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>คิว</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● ออนไลน์</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>○ Connection lost — reconnecting…</source>
        <translation>○ การเชื่อมต่อขาดหาย — กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ ออฟไลน์</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n action(s)…</source>
        <translation>
            <numerusform>กำลังบันทึก %n รายการ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) will sync when the connection is back</source>
        <translation>
            <numerusform>%n รายการจะส่งเมื่อการเชื่อมต่อกลับมา</numerusform>
        </translation>
    </message>
    <message>
        <source>All saved</source>
        <translation>บันทึกครบแล้ว</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>แก้ไขผังร้าน</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>งานพิมพ์</translation>
    </message>
    <message>
        <source>Order moved.</source>
        <translation>ย้ายออร์เดอร์แล้ว</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>An order for table %1 was not sent. Resume it?</source>
        <translation>มีออร์เดอร์ของโต๊ะ %1 ที่ยังไม่ได้ส่ง ทำต่อหรือไม่?</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>กะ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n action(s) refused by the server: needs the cashier</source>
        <translation>
            <numerusform>⚠ เซิร์ฟเวอร์ปฏิเสธ %n รายการ: แคชเชียร์ต้องตรวจสอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The server cannot save: its disk is full. Sales are not being saved — tell the manager.</source>
        <translation>⚠ เซิร์ฟเวอร์บันทึกไม่ได้: ดิสก์เต็ม ยอดขายไม่ถูกบันทึก — แจ้งผู้จัดการ</translation>
    </message>
    <message>
        <source>⚠ The server has lost its database. Sales are not being saved — tell the manager.</source>
        <translation>⚠ เซิร์ฟเวอร์ขาดการเชื่อมต่อฐานข้อมูล ยอดขายไม่ถูกบันทึก — แจ้งผู้จัดการ</translation>
    </message>
    <message>
        <source>The server's certificate has changed</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>เชื่อถือเซิร์ฟเวอร์นี้หรือไม่?</translation>
    </message>
    <message>
        <source>The server at %1 shows a different certificate from the one this till trusted. This happens when the server got a new certificate — or when another machine pretends to be it.</source>
        <translation>เซิร์ฟเวอร์ที่ %1 แสดงใบรับรองที่ต่างจากที่เครื่องขายนี้เชื่อถือไว้ เกิดขึ้นได้เมื่อเซิร์ฟเวอร์ได้ใบรับรองใหม่ — หรือเมื่อมีเครื่องอื่นแอบอ้างเป็นเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>This till connects to %1 for the first time. Compare this fingerprint with the one the server printed (tavola-server --make-cert, or its log) before trusting it.</source>
        <translation>เครื่องขายนี้เชื่อมต่อกับ %1 เป็นครั้งแรก ให้เทียบลายนิ้วมือนี้กับที่เซิร์ฟเวอร์แสดง (tavola-server --make-cert หรือบันทึกของเซิร์ฟเวอร์) ก่อนกดเชื่อถือ</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>ลายนิ้วมือ SHA-256:</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>เชื่อถือใบรับรองใหม่</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>เชื่อถือเซิร์ฟเวอร์นี้</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>ไม่เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Server trusted. Sign in again.</source>
        <translation>เชื่อถือเซิร์ฟเวอร์แล้ว กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ล็อกอยู่</translation>
    </message>
    <message>
        <source>Moving an order: %1</source>
        <translation>ย้ายออร์เดอร์: %1</translation>
    </message>
    <message>
        <source>Could not discard the order on this till: %1</source>
        <translation>ทิ้งออร์เดอร์บนเครื่องนี้ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>⚠ Not saved on this till</source>
        <translation>⚠ ยังไม่ได้บันทึกในเครื่องนี้</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Join the bills</source>
        <translation>รวมบิล</translation>
    </message>
    <message>
        <source>Join table %1's bill onto table %2's? Its dishes move to table %2's bill and table %1 is freed.</source>
        <translation>รวมบิลโต๊ะ %1 เข้ากับบิลโต๊ะ %2 ไหม? รายการอาหารจะย้ายไปอยู่ในบิลโต๊ะ %2 และโต๊ะ %1 จะว่าง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The bills are joined on table %1.</source>
        <translation>รวมบิลไว้ที่โต๊ะ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>tavola::ui::MenuEditorPage</name>
    <message>
        <source>category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>station</source>
        <translation>ครัว/สถานี</translation>
    </message>
    <message>
        <source>on the menu</source>
        <translation>มีขาย</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← ตั้งค่า</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>เมนู</translation>
    </message>
    <message>
        <source>Import spreadsheet…</source>
        <translation>นำเข้าจากสเปรดชีต…</translation>
    </message>
    <message>
        <source>A CSV file with the columns category, category_th, name, name_th, price, station, available: you see what it changes before anything is changed</source>
        <translation>ไฟล์ CSV ที่มีคอลัมน์ category, category_th, name, name_th, price, station, available: จะแสดงสิ่งที่จะเปลี่ยนให้ดูก่อนเปลี่ยนจริง</translation>
    </message>
    <message>
        <source>Import a menu spreadsheet</source>
        <translation>นำเข้าเมนูจากสเปรดชีต</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>สเปรดชีต (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Export spreadsheet…</source>
        <translation>ส่งออกเป็นสเปรดชีต…</translation>
    </message>
    <message>
        <source>Export the menu</source>
        <translation>ส่งออกเมนู</translation>
    </message>
    <message>
        <source>Apply these changes</source>
        <translation>ใช้การเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ไม่ได้นำเข้าอะไร</translation>
    </message>
    <message>
        <source>Categories (drag to sort)</source>
        <translation>หมวด (ลากเพื่อจัดลำดับ)</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>ชื่อหมวด</translation>
    </message>
    <message>
        <source>+ Category</source>
        <translation>+ หมวด</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>สถานีครัว</translation>
    </message>
    <message>
        <source>On the menu</source>
        <translation>มีขาย</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Price (฿)</source>
        <translation>ราคา (฿)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>On the menu (untick: sold out)</source>
        <translation>มีขาย (เอาเครื่องหมายออก = หมด)</translation>
    </message>
    <message>
        <source>New dish</source>
        <translation>รายการใหม่</translation>
    </message>
    <message>
        <source>Save dish</source>
        <translation>บันทึกรายการ</translation>
    </message>
    <message>
        <source>The dish leaves the menu for good; bills that have it keep it</source>
        <translation>รายการนี้จะออกจากเมนูถาวร บิลที่มีรายการนี้ยังเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>มี</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>แจ้งของหมด</translation>
    </message>
    <message>
        <source>Add dish</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <source>Add a category first: every dish is in one.</source>
        <translation>เพิ่มหมวดก่อน: ทุกรายการต้องอยู่ในหมวด</translation>
    </message>
    <message>
        <source>A dish needs a name and a price.</source>
        <translation>รายการต้องมีชื่อและราคา</translation>
    </message>
    <message>
        <source>%1 saved: every till shows it now.</source>
        <translation>บันทึก %1 แล้ว ทุกเครื่องแสดงทันที</translation>
    </message>
    <message>
        <source>%1 is off the menu.</source>
        <translation>นำ %1 ออกจากเมนูแล้ว</translation>
    </message>
    <message>
        <source>Type the new category's name first.</source>
        <translation>พิมพ์ชื่อหมวดใหม่ก่อน</translation>
    </message>
    <message>
        <source>There is a category %1 already.</source>
        <translation>มีหมวด %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>Category %1 added.</source>
        <translation>เพิ่มหมวด %1 แล้ว</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>หมวดต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Category %1 saved.</source>
        <translation>บันทึกหมวด %1 แล้ว</translation>
    </message>
    <message>
        <source>New order of the categories saved: the order screen shows them so.</source>
        <translation>บันทึกลำดับหมวดใหม่แล้ว หน้าสั่งอาหารจะแสดงตามนี้</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be imported: %1</source>
        <translation>นำเข้าสเปรดชีตไม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>The spreadsheet would add %n dish(es)</source>
        <translation>
            <numerusform>สเปรดชีตจะเพิ่ม %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n dish(es)</source>
        <translation>
            <numerusform>เปลี่ยน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n categories</source>
        <translation>
            <numerusform>เพิ่ม %n หมวด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leave %n as they are</source>
        <translation>
            <numerusform>คงเดิม %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>New category: %1</source>
        <translation>หมวดใหม่: %1</translation>
    </message>
    <message>
        <source>New dish: %1 (%2) — ฿%3</source>
        <translation>รายการใหม่: %1 (%2) — ฿%3</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Nothing has changed yet: check the list, then apply.</source>
        <translation>ยังไม่มีอะไรเปลี่ยน ตรวจรายการก่อนแล้วจึงกดใช้</translation>
    </message>
    <message>
        <source>The spreadsheet matches the menu.</source>
        <translation>สเปรดชีตตรงกับเมนูแล้ว</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>นำเข้าแล้ว: ใหม่ %1 เปลี่ยน %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Remove a dish</source>
        <translation>นำรายการออก</translation>
    </message>
    <message>
        <source>Take %1 off the menu for good? (For today only, untick "On the menu" instead.)</source>
        <translation>นำ %1 ออกจากเมนูถาวรหรือไม่ (ถ้าแค่วันนี้ ให้เอาเครื่องหมาย "มีขาย" ออกแทน)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>ตัวเลือกแบบกลุ่ม</translation>
    </message>
    <message>
        <source>Category, station</source>
        <translation>หมวด, สถานีครัว</translation>
    </message>
    <message>
        <source>e.g. Extra egg/ไข่เพิ่ม +10, No chilli</source>
        <translation>เช่น Extra egg/ไข่เพิ่ม +10, No chilli/ไม่ใส่พริก</translation>
    </message>
    <message>
        <source>Options separated by ","; a Thai name after "/"; "+10" adds ฿10 to the dish.</source>
        <translation>คั่นตัวเลือกด้วย "," ชื่อภาษาไทยอยู่หลัง "/" และ "+10" คือบวกราคาเพิ่ม ฿10</translation>
    </message>
    <message>
        <source>e.g. Spice/ความเผ็ด*: Mild | Hot; Extras [0-2]: Crab +10</source>
        <translation>เช่น Spice/ความเผ็ด*: Mild/ไม่เผ็ด | Hot/เผ็ด; Extras/เพิ่ม [0-2]: Crab/ปู +10</translation>
    </message>
    <message>
        <source>Groups of choices: "*" after the name = one must be chosen; [0-2] = none to two; without either = at most one. Groups are separated by ";", options by "|"; a Thai name after "/".</source>
        <translation>กลุ่มตัวเลือก: "*" หลังชื่อกลุ่ม = ต้องเลือกหนึ่งอย่าง; [0-2] = เลือกได้ไม่เกินสอง; ไม่มีทั้งสองแบบ = เลือกได้ไม่เกินหนึ่ง คั่นกลุ่มด้วย ";" คั่นตัวเลือกด้วย "|" และชื่อภาษาไทยอยู่หลัง "/"</translation>
    </message>
    <message>
        <source>An option is "Name/Thai name +price": %1</source>
        <translation>ตัวเลือกเขียนแบบ "ชื่อ/ชื่อไทย +ราคา": %1</translation>
    </message>
    <message>
        <source>A group is "Name/Thai name*: option | option" (* one must be chosen; [0-2] how many): %1</source>
        <translation>กลุ่มเขียนแบบ "ชื่อ/ชื่อไทย*: ตัวเลือก | ตัวเลือก" (* = ต้องเลือกหนึ่ง; [0-2] = จำนวนที่เลือกได้): %1</translation>
    </message>
    <message>
        <source>New order of the dishes saved: the order screen shows them so.</source>
        <translation>บันทึกลำดับรายการอาหารใหม่แล้ว หน้าสั่งอาหารจะแสดงตามนี้</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>รายการอาหาร</translation>
    </message>
    <message>
        <source>Dishes (drag to sort)</source>
        <translation>รายการอาหาร (ลากเพื่อจัดลำดับ)</translation>
    </message>
</context>
<context>
    <name>tavola::ui::OrderPage</name>
    <message>
        <source>← Tables</source>
        <translation>← โต๊ะ</translation>
    </message>
    <message>
        <source>Send to kitchen</source>
        <translation>ส่งเข้าครัว</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>เช็คบิล</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>ชำระเงิน</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>โต๊ะ %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>รวม %1</translation>
    </message>
    <message>
        <source>Discount −%1</source>
        <translation>ส่วนลด −%1</translation>
    </message>
    <message>
        <source>Service charge %1</source>
        <translation>ค่าบริการ %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>ภาษีมูลค่าเพิ่ม %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>ยอดสุทธิ %1</translation>
    </message>
    <message>
        <source>Offline — will sync when the connection is back</source>
        <translation>ออฟไลน์ — จะส่งข้อมูลเมื่อการเชื่อมต่อกลับมา</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved · order %1 · %2</source>
        <translation>บันทึกแล้ว · ออร์เดอร์ %1 · %2</translation>
    </message>
    <message>
        <source>New order: tap dishes, then send them to the kitchen</source>
        <translation>ออร์เดอร์ใหม่: แตะเลือกเมนู แล้วกดส่งเข้าครัว</translation>
    </message>
    <message>
        <source>Print bill</source>
        <translation>พิมพ์ใบแจ้งยอด</translation>
    </message>
    <message>
        <source>Bill sent to the printer.</source>
        <translation>ส่งใบแจ้งยอดไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Search dishes (Thai or English)</source>
        <translation>ค้นหาเมนู (ไทยหรืออังกฤษ)</translation>
    </message>
    <message>
        <source>Note for the kitchen</source>
        <translation>หมายเหตุถึงครัว</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ยกเลิกรายการ</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN ผู้จัดการ</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>ส่วนลด %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ย้ายโต๊ะ</translation>
    </message>
    <message>
        <source>Give a reason for the void.</source>
        <translation>กรุณาระบุเหตุผลที่ยกเลิกรายการ</translation>
    </message>
    <message>
        <source>Item voided.</source>
        <translation>ยกเลิกรายการแล้ว</translation>
    </message>
    <message>
        <source>Enter the discount as a percentage, e.g. 10.</source>
        <translation>กรอกส่วนลดเป็นเปอร์เซ็นต์ เช่น 10</translation>
    </message>
    <message>
        <source>Discount applied.</source>
        <translation>ให้ส่วนลดแล้ว</translation>
    </message>
    <message>
        <source>Order moved.</source>
        <translation>ย้ายออร์เดอร์แล้ว</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>ไป %1</translation>
    </message>
    <message>
        <source>Total with the new items %1</source>
        <translation>ยอดรวมพร้อมรายการใหม่ %1</translation>
    </message>
    <message>
        <source>Not saved on this till: its storage refused the write. Try again; if it keeps happening, write the order down and call the manager.</source>
        <translation>ยังไม่ได้บันทึกในเครื่องนี้: ที่เก็บข้อมูลของเครื่องไม่รับการบันทึก ลองอีกครั้ง หากยังเป็นอยู่ ให้จดออร์เดอร์ไว้และเรียกผู้จัดการ</translation>
    </message>
    <message>
        <source>Platform's order code</source>
        <translation>รหัสออเดอร์ของแพลตฟอร์ม</translation>
    </message>
    <message>
        <source>Customer's name</source>
        <translation>ชื่อลูกค้า</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>สั่งกลับบ้าน</translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>เดลิเวอรีใหม่</translation>
    </message>
    <message>
        <source>New takeaway</source>
        <translation>สั่งกลับบ้านใหม่</translation>
    </message>
    <message>
        <source>To a new check</source>
        <translation>แยกไปบิลใหม่</translation>
    </message>
    <message>
        <source>One of this line goes on a check of its own, paid separately</source>
        <translation>ย้ายรายการนี้ 1 ที่ไปบิลของตัวเอง จ่ายแยกกัน</translation>
    </message>
    <message>
        <source>On a new check: pay it on its own.</source>
        <translation>แยกไปบิลใหม่แล้ว: จ่ายแยกได้เลย</translation>
    </message>
    <message>
        <source>Check %1 · %2</source>
        <translation>บิล %1 · %2</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>บิล %1</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>ย้ายรายการ</translation>
    </message>
    <message>
        <source>This line goes to the table chosen below, onto its bill</source>
        <translation>ย้ายรายการนี้ไปยังบิลของโต๊ะที่เลือกด้านล่าง</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>แยกบิล…</translation>
    </message>
    <message>
        <source>Share the bill's dishes out onto several checks</source>
        <translation>แบ่งรายการอาหารในบิลออกเป็นหลายบิล</translation>
    </message>
    <message>
        <source>The bills are joined on table %1.</source>
        <translation>รวมบิลไว้ที่โต๊ะ %1 แล้ว</translation>
    </message>
    <message>
        <source>Choose the table the line goes to.</source>
        <translation>เลือกโต๊ะที่จะย้ายรายการไป</translation>
    </message>
    <message>
        <source>Moved to table %1.</source>
        <translation>ย้ายไปโต๊ะ %1 แล้ว</translation>
    </message>
    <message>
        <source>to %1 · join its bill</source>
        <translation>ไปโต๊ะ %1 · รวมบิล</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>หมด</translation>
    </message>
    <message>
        <source>Hold to mark it sold out</source>
        <translation>กดค้างไว้เพื่อแจ้งว่าหมด</translation>
    </message>
    <message>
        <source>Sold out — hold to put it back on the menu</source>
        <translation>หมดแล้ว — กดค้างไว้เพื่อเปิดขายอีกครั้ง</translation>
    </message>
    <message>
        <source>%1 is sold out. Hold the dish to put it back on the menu.</source>
        <translation>%1 หมดแล้ว กดค้างที่รายการเพื่อเปิดขายอีกครั้ง</translation>
    </message>
    <message>
        <source>Sold out: %1</source>
        <translation>แจ้งของหมด: %1</translation>
    </message>
    <message>
        <source>%1 is back on the menu on every till.</source>
        <translation>%1 เปิดขายอีกครั้งแล้วทุกเครื่อง</translation>
    </message>
    <message>
        <source>%1 is sold out on every till.</source>
        <translation>%1 แจ้งหมดแล้วทุกเครื่อง</translation>
    </message>
    <message numerus="yes">
        <source>%1: choose %n of %2 first.</source>
        <translation>
            <numerusform>%1: เลือก%2 %n อย่างก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: choose %3 to %4 of %2.</source>
        <translation>%1: เลือก%2 %3 ถึง %4 อย่าง</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n</source>
        <translation>
            <numerusform>เลือก %n อย่าง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n</source>
        <translation>
            <numerusform>ได้ถึง %n อย่าง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavola::ui::PrintQueueView</name>
    <message>
        <source>waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>กำลังพิมพ์</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>พิมพ์แล้ว</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>พิมพ์ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>ลองใหม่ตอนนี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>tavola::ui::QueueBoard</name>
    <message>
        <source>Waiting list</source>
        <translation>รายชื่อรอคิว</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>ออกบัตรคิว</translation>
    </message>
    <message>
        <source>Seat at</source>
        <translation>จัดที่นั่งโต๊ะ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>เรียกคิว</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>จัดที่นั่ง</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มาตามคิว</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people · %2 · position %3 · about %4 min</source>
        <translation>
            <numerusform>%1 · %n คน · %2 · ลำดับที่ %3 · ประมาณ %4 นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seats)</source>
        <translation>
            <numerusform>%1 (%n ที่นั่ง)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 — position %2</source>
        <translation>บัตรคิว %1 — ลำดับที่ %2</translation>
    </message>
    <message>
        <source>Choose a vacant table first.</source>
        <translation>เลือกโต๊ะว่างก่อน</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>อัปเดต %1 แล้ว</translation>
    </message>
    <message>
        <source>Printing the ticket with its QR code.</source>
        <translation>กำลังพิมพ์บัตรคิวพร้อม QR</translation>
    </message>
</context>
<context>
    <name>tavola::ui::QueueDisplay</name>
    <message>
        <source>Now calling</source>
        <translation>กำลังเรียกคิว</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>คิวที่รอ</translation>
    </message>
    <message>
        <source>1–2 people</source>
        <translation>1–2 ท่าน</translation>
    </message>
    <message>
        <source>3–4 people</source>
        <translation>3–4 ท่าน</translation>
    </message>
    <message>
        <source>5 or more</source>
        <translation>5 ท่านขึ้นไป</translation>
    </message>
</context>
<context>
    <name>tavola::ui::ReportsPage</name>
    <message>
        <source>by day</source>
        <translation>ตามวัน</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>ตามชั่วโมง</translation>
    </message>
    <message>
        <source>by dish</source>
        <translation>ตามเมนู</translation>
    </message>
    <message>
        <source>by category</source>
        <translation>ตามหมวด</translation>
    </message>
    <message>
        <source>by payment</source>
        <translation>ตามวิธีชำระ</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>ตามพนักงาน</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>ยอดก่อนหัก</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ค่าบริการ</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ภาษีมูลค่าเพิ่ม</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) · total %1 · VAT %2 · net %3 · refunded %4</source>
        <translation>
            <numerusform>%n บิล · ยอดรวม %1 · ภาษี %2 · สุทธิ %3 · คืนเงิน %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Waitlist: %1 tickets, %2 seated, %3 no-shows · average wait %4 min, 90 % within %5 min</source>
        <translation>คิว: %1 ใบ ได้ที่นั่ง %2 ไม่มา %3 · รอเฉลี่ย %4 นาที 90 % ได้ที่นั่งภายใน %5 นาที</translation>
    </message>
    <message>
        <source>by channel</source>
        <translation>ตามช่องทาง</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>The table as a spreadsheet file, for the accountant</source>
        <translation>ตารางนี้เป็นไฟล์สเปรดชีต สำหรับนักบัญชี</translation>
    </message>
    <message>
        <source>Export the sales</source>
        <translation>ส่งออกยอดขาย</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>สเปรดชีต (*.csv)</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>แสดงรายงานก่อน</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>เลือกวันที่…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The chart and the table as a PDF, to print or send</source>
        <translation>กราฟและตารางเป็นไฟล์ PDF เพื่อพิมพ์หรือส่ง</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sales %1 – %2, %3</source>
        <translation>ยอดขาย %1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Top %n by sales (฿)</source>
        <translation>
            <numerusform>ขายดี %n อันดับ (฿)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales (฿)</source>
        <translation>ยอดขาย (฿)</translation>
    </message>
</context>
<context>
    <name>tavola::ui::SettingsPage</name>
    <message>
        <source>Shop (printed on receipts)</source>
        <translation>ข้อมูลร้าน (พิมพ์บนใบเสร็จ)</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>ชื่อร้าน</translation>
    </message>
    <message>
        <source>Shop name in Thai</source>
        <translation>ชื่อร้านภาษาไทย</translation>
    </message>
    <message>
        <source>Tax ID (13 digits)</source>
        <translation>เลขประจำตัวผู้เสียภาษี (13 หลัก)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>ข้อความท้ายใบเสร็จ</translation>
    </message>
    <message>
        <source>PromptPay ID (mobile, national/tax ID or e-wallet)</source>
        <translation>พร้อมเพย์ (เบอร์มือถือ เลขประจำตัวประชาชน/ผู้เสียภาษี หรือ e-Wallet)</translation>
    </message>
    <message>
        <source>PromptPay biller ID (15 digits, optional)</source>
        <translation>รหัสผู้รับชำระบิลพร้อมเพย์ (15 หลัก ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation>บันทึกข้อมูลร้าน</translation>
    </message>
    <message>
        <source>Receipt printer of this till</source>
        <translation>เครื่องพิมพ์ใบเสร็จของเครื่องนี้</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>รุ่นเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>บันทึกเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>พิมพ์หน้าทดสอบ</translation>
    </message>
    <message>
        <source>Test page sent to the print queue.</source>
        <translation>ส่งหน้าทดสอบเข้าคิวพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>empty: the server inside this app</source>
        <translation>เว้นว่าง: ใช้เซิร์ฟเวอร์ในโปรแกรมนี้</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Save (applies at the next start)</source>
        <translation>บันทึก (มีผลเมื่อเปิดโปรแกรมครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Without a PromptPay ID the bill has no QR.</source>
        <translation>ถ้าไม่มีพร้อมเพย์ ใบแจ้งยอดจะไม่มี QR</translation>
    </message>
    <message>
        <source>Not a PromptPay ID: a mobile number (08x-xxx-xxxx), a 13-digit national or tax ID, or a 15-digit e-wallet ID.</source>
        <translation>ไม่ใช่หมายเลขพร้อมเพย์: ต้องเป็นเบอร์มือถือ (08x-xxx-xxxx) เลขประจำตัวประชาชนหรือผู้เสียภาษี 13 หลัก หรือเลข e-Wallet 15 หลัก</translation>
    </message>
    <message>
        <source>Check this number: its last digit does not match a Thai national ID. Payments may not arrive.</source>
        <translation>กรุณาตรวจสอบหมายเลขนี้: หลักสุดท้ายไม่ตรงกับเลขประจำตัวประชาชน เงินอาจโอนไม่เข้า</translation>
    </message>
    <message>
        <source>PromptPay ID looks right.</source>
        <translation>หมายเลขพร้อมเพย์ถูกต้อง</translation>
    </message>
    <message>
        <source>Shop settings saved.</source>
        <translation>บันทึกข้อมูลร้านแล้ว</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>บันทึกเครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>A cash drawer is connected to this printer</source>
        <translation>มีลิ้นชักเก็บเงินต่อกับเครื่องพิมพ์นี้</translation>
    </message>
    <message>
        <source>Print every new kitchen ticket here (kitchen displays)</source>
        <translation>พิมพ์ใบสั่งครัวใหม่ทุกใบที่เครื่องนี้ (จอครัว)</translation>
    </message>
    <message>
        <source>On a second screen, when there is one</source>
        <translation>บนจอที่สอง เมื่อมี</translation>
    </message>
    <message>
        <source>On screen %1</source>
        <translation>บนจอที่ %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>จอลูกค้า</translation>
    </message>
    <message>
        <source>e.g. front — a customer display on another machine follows this name</source>
        <translation>เช่น front — จอลูกค้าบนเครื่องอื่นจะติดตามชื่อนี้</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>ชื่อเครื่องคิดเงิน</translation>
    </message>
    <message>
        <source>Saved: the server address, language and customer display apply at the next start.</source>
        <translation>บันทึกแล้ว: ที่อยู่เซิร์ฟเวอร์ ภาษา และจอลูกค้าจะมีผลเมื่อเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>ล็อกเมื่อไม่มีการใช้งาน</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>พนักงาน…</translation>
    </message>
    <message>
        <source>Who signs in: add a person, a new PIN, a role, switch an account off</source>
        <translation>ผู้ที่เข้าใช้ระบบ: เพิ่มพนักงาน ตั้ง PIN ใหม่ เปลี่ยนหน้าที่ ปิดบัญชี</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>บันทึกการใช้งาน…</translation>
    </message>
    <message>
        <source>Who did what and when: voids, discounts, refunds, sold out, settings</source>
        <translation>ใครทำอะไรเมื่อไร: ยกเลิกรายการ ส่วนลด คืนเงิน ของหมด การตั้งค่า</translation>
    </message>
    <message>
        <source>Menu…</source>
        <translation>เมนู…</translation>
    </message>
    <message>
        <source>Dishes, prices, categories, stations; import and export a spreadsheet</source>
        <translation>รายการอาหาร ราคา หมวด สถานีครัว นำเข้าและส่งออกสเปรดชีต</translation>
    </message>
    <message>
        <source>Receipt header (under the address)</source>
        <translation>หัวใบเสร็จ (ใต้ที่อยู่)</translation>
    </message>
    <message>
        <source>A manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>The cashier</source>
        <translation>แคชเชียร์</translation>
    </message>
    <message>
        <source>Who may confirm a PromptPay payment by eye</source>
        <translation>ใครยืนยันการโอนพร้อมเพย์ด้วยตาได้</translation>
    </message>
    <message>
        <source>Menu prices include VAT</source>
        <translation>ราคาในเมนูรวม VAT แล้ว</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ภาษีมูลค่าเพิ่ม</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>อัตรา VAT</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>ค่าบริการ</translation>
    </message>
    <message>
        <source>None (to the satang)</source>
        <translation>ไม่ปัด (ถึงสตางค์)</translation>
    </message>
    <message>
        <source>To 0.25 baht</source>
        <translation>ปัดเป็น 0.25 บาท</translation>
    </message>
    <message>
        <source>To the whole baht</source>
        <translation>ปัดเป็นบาทเต็ม</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>ปัดเศษเงินสด</translation>
    </message>
    <message>
        <source>A paid table needs cleaning before the next guests</source>
        <translation>โต๊ะที่จ่ายแล้วต้องเก็บก่อนรับลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>โต๊ะ</translation>
    </message>
    <message>
        <source>Kitchen stations and their printers</source>
        <translation>สถานีครัวและเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>The till that sends an order prints each station's ticket on its printer; a station without a printer shows on the kitchen display only.</source>
        <translation>เครื่องที่ส่งออเดอร์จะพิมพ์ใบสั่งของแต่ละสถานีที่เครื่องพิมพ์ของสถานีนั้น สถานีที่ไม่มีเครื่องพิมพ์จะแสดงบนจอครัวเท่านั้น</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>ที่อยู่เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>+ Station</source>
        <translation>+ สถานี</translation>
    </message>
    <message>
        <source>Remove station</source>
        <translation>ลบสถานี</translation>
    </message>
    <message>
        <source>Save stations</source>
        <translation>บันทึกสถานี</translation>
    </message>
    <message>
        <source>Stations saved: every till prints to them from now on.</source>
        <translation>บันทึกสถานีแล้ว ทุกเครื่องจะพิมพ์ตามนี้ตั้งแต่ตอนนี้</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Receipt logo</source>
        <translation>โลโก้บนใบเสร็จ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>That file is not an image Tavola can read.</source>
        <translation>ไฟล์นี้ไม่ใช่รูปภาพที่ Tavola อ่านได้</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ไม่ใช้โลโก้</translation>
    </message>
    <message>
        <source>Save the shop settings to print the new logo.</source>
        <translation>บันทึกการตั้งค่าร้านเพื่อพิมพ์โลโก้ใหม่</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>ไม่มีโลโก้</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>No backup yet: the server takes one every day by itself, or back up now.</source>
        <translation>ยังไม่มีข้อมูลสำรอง เซิร์ฟเวอร์จะสำรองเองทุกวัน หรือกดสำรองตอนนี้</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), newest first:</source>
        <translation>
            <numerusform>สำรองไว้ %n ชุด ล่าสุดก่อน:</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>สำรองแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>tavola::ui::ShiftPage</name>
    <message>
        <source>Open shift</source>
        <translation>เปิดกะ</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>ปิดกะ</translation>
    </message>
    <message>
        <source>Cash counted in the drawer</source>
        <translation>เงินสดที่นับได้ในลิ้นชัก</translation>
    </message>
    <message>
        <source>Cash in the drawer to start with</source>
        <translation>เงินทอนตั้งต้นในลิ้นชัก</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>ยังไม่ได้เปิดกะ</translation>
    </message>
    <message>
        <source>Count the float in the drawer and open a shift before taking money.</source>
        <translation>นับเงินทอนในลิ้นชักแล้วเปิดกะก่อนรับเงิน</translation>
    </message>
    <message>
        <source>Shift %1 closed — Z report</source>
        <translation>ปิดกะ %1 แล้ว — รายงาน Z</translation>
    </message>
    <message>
        <source>Shift %1 open — X report</source>
        <translation>กะ %1 เปิดอยู่ — รายงาน X</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n sale(s)</source>
        <translation>
            <numerusform>%1 · %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ยอดขาย</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>ยกเลิกรายการ</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ภาษีมูลค่าเพิ่ม</translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>ยอดที่ควรมีในลิ้นชัก</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>เกิน / ขาด</translation>
    </message>
    <message>
        <source>Enter an amount like 1000 or 1000.00.</source>
        <translation>กรอกจำนวนเงิน เช่น 1000 หรือ 1000.00</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it.</source>
        <translation>นับเงินสดในลิ้นชักแล้วกรอกจำนวน</translation>
    </message>
    <message>
        <source>Shift closed. Print or photograph the Z report for the records.</source>
        <translation>ปิดกะแล้ว กรุณาพิมพ์หรือถ่ายรูปรายงาน Z เก็บไว้</translation>
    </message>
    <message numerus="yes">
        <source>Tips · %n payment(s)</source>
        <translation>
            <numerusform>ทิป · %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>tips for %1</source>
        <translation>ทิปของ %1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <source>The report is printing.</source>
        <translation>กำลังพิมพ์รายงาน</translation>
    </message>
</context>
<context>
    <name>tavola::ui::SplitPage</name>
    <message>
        <source>← Back to the bill</source>
        <translation>← กลับไปที่บิล</translation>
    </message>
    <message>
        <source>Whole lines</source>
        <translation>ย้ายทั้งรายการ</translation>
    </message>
    <message>
        <source>Off: one of a line moves at a time. On: the whole line moves.</source>
        <translation>ปิด: ย้ายทีละหนึ่งที่ เปิด: ย้ายทั้งรายการ</translation>
    </message>
    <message>
        <source>+ Check</source>
        <translation>+ บิล</translation>
    </message>
    <message>
        <source>Drag dishes onto a check, or tap a dish and then “Move here”.</source>
        <translation>ลากรายการอาหารไปวางที่บิล หรือแตะรายการแล้วกด “ย้ายมาที่นี่”</translation>
    </message>
    <message>
        <source>Split the bill · Table %1</source>
        <translation>แยกบิล · โต๊ะ %1</translation>
    </message>
    <message>
        <source>Split the bill · %1</source>
        <translation>แยกบิล · %1</translation>
    </message>
    <message>
        <source>Check 1 (this bill)</source>
        <translation>บิล 1 (บิลนี้)</translation>
    </message>
    <message>
        <source>Check %1 (new)</source>
        <translation>บิล %1 (ใหม่)</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>ย้ายมาที่นี่</translation>
    </message>
    <message>
        <source>Tap a dish first, then “Move here” on the check it goes to.</source>
        <translation>แตะรายการอาหารก่อน แล้วกด “ย้ายมาที่นี่” ที่บิลที่ต้องการ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>ยอดสุทธิ %1</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>แยกบิล</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n check(s)</source>
        <translation>
            <numerusform>แยกเป็น %n บิล</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave at least one dish on this bill.</source>
        <translation>ต้องเหลืออาหารในบิลนี้อย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Move dishes onto a new check first.</source>
        <translation>ย้ายรายการอาหารไปที่บิลใหม่ก่อน</translation>
    </message>
    <message>
        <source>Splitting…</source>
        <translation>กำลังแยกบิล…</translation>
    </message>
</context>
<context>
    <name>tavola::ui::StaffPage</name>
    <message>
        <source>waiter</source>
        <translation>พนักงานเสิร์ฟ</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>แคชเชียร์</translation>
    </message>
    <message>
        <source>kitchen</source>
        <translation>ครัว</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← ตั้งค่า</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>ชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>e.g. somchai</source>
        <translation>เช่น somchai</translation>
    </message>
    <message>
        <source>e.g. Khun Somchai</source>
        <translation>เช่น คุณสมชาย</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>ตัวเลข 4 ถึง 8 หลัก</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>เพิ่มพนักงาน</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The selected person's name, role and (if typed) a new PIN</source>
        <translation>ชื่อ หน้าที่ และ PIN ใหม่ (ถ้าพิมพ์) ของพนักงานที่เลือก</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Switch the account on</source>
        <translation>เปิดบัญชี</translation>
    </message>
    <message>
        <source>Switch the account off</source>
        <translation>ปิดบัญชี</translation>
    </message>
    <message>
        <source>Give a sign-in name and a PIN of 4 to 8 digits.</source>
        <translation>ใส่ชื่อเข้าใช้และ PIN ตัวเลข 4 ถึง 8 หลัก</translation>
    </message>
    <message>
        <source>%1 can sign in now with their PIN.</source>
        <translation>%1 เข้าใช้ด้วย PIN ได้แล้ว</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN ต้องเป็นตัวเลข 4 ถึง 8 หลัก</translation>
    </message>
    <message>
        <source>Nothing to save: change the name or the role, or type a new PIN.</source>
        <translation>ไม่มีอะไรเปลี่ยน: แก้ชื่อหรือหน้าที่ หรือพิมพ์ PIN ใหม่</translation>
    </message>
    <message>
        <source>Saved. %1 signs in with the new PIN from now on.</source>
        <translation>บันทึกแล้ว %1 ใช้ PIN ใหม่ตั้งแต่นี้</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 เข้าใช้ได้อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their sales stay in the reports.</source>
        <translation>%1 เข้าใช้ไม่ได้แล้ว ยอดขายยังอยู่ในรายงาน</translation>
    </message>
</context>
</TS>