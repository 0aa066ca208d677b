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
</TS>