// scripts/check-promptparse: Tavola's codecs (through tavola-cli) against promptparse.
'use strict';
const { execFileSync } = require('node:child_process');
const pp = require('promptparse');

const [cli, countText] = process.argv.slice(2);
const count = Number(countText) || 500;
let failures = 0;

function run(args) {
    try {
        return { ok: true, out: execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim() };
    } catch (e) {
        return { ok: false, out: String(e.stderr || '').trim() };
    }
}
function fail(what) {
    failures++;
    if (failures <= 20) console.error('MISMATCH ' + what);
}
function pick(chars, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += chars[Math.floor(Math.random() * chars.length)];
    return s;
}
const digits = '0123456789';
const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function corrupt(payload) {
    const i = Math.floor(Math.random() * payload.length);
    const pool = digits + 'ABCDEF';
    let c;
    do c = pool[Math.floor(Math.random() * pool.length)]; while (c.toUpperCase() === payload[i].toUpperCase());
    return payload.slice(0, i) + c + payload.slice(i + 1);
}
function tagsOf(qr) {
    return JSON.stringify(qr.getTags().filter((t) => t.id !== '63').sort((a, b) => a.id.localeCompare(b.id)));
}
function accepts(validate, payload) {
    try { return validate(payload) != null; } catch { return false; }
}

for (let n = 0; n < count; n++) {
    // A bank slip.
    const bank = pick(digits, 3);
    const ref = pick(alnum, 10 + Math.floor(Math.random() * 16));
    const slip = pp.generate.slipVerify({ sendingBank: bank, transRef: ref });
    const ours = run(['slip', '--parse', slip]);
    const want = JSON.stringify({ sending_bank: bank, trans_ref: ref, type: 'bank' });
    if (!ours.ok || JSON.stringify(JSON.parse(ours.out)) !== want) fail(`bank slip ${slip}: ${ours.out}`);
    const bad = corrupt(slip);
    if (run(['slip', '--parse', bad]).ok !== accepts(pp.validate.slipVerify, bad)) fail(`corrupted bank slip ${bad}`);

    // A TrueMoney slip.
    const day = new Date(Date.UTC(2020 + Math.floor(Math.random() * 6), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
    const date = String(day.getUTCDate()).padStart(2, '0') + String(day.getUTCMonth() + 1).padStart(2, '0') + day.getUTCFullYear();
    const event = ['P2P', 'TOPUP', 'PAYMENT'][n % 3];
    const id = pick(digits, 11 + (n % 5));
    const wallet = pp.generate.trueMoneySlipVerify({ eventType: event, transactionId: id, date });
    const ourWallet = run(['slip', '--parse', wallet]);
    const wantWallet = JSON.stringify({ date, event_type: event, transaction_id: id, type: 'truemoney' });
    if (!ourWallet.ok || JSON.stringify(JSON.parse(ourWallet.out)) !== wantWallet) fail(`TrueMoney slip ${wallet}: ${ourWallet.out}`);

    // A PromptPay QR for a mobile number or a national ID, with an amount.
    const mobile = n % 2 === 0;
    const target = mobile ? '08' + pick(digits, 8) : '1' + pick(digits, 12);
    const amount = (Math.floor(Math.random() * 10000000) + 1) / 100;
    const theirs = pp.generate.anyId({ type: mobile ? 'MSISDN' : 'NATID', target, amount });
    const ourQr = run(['promptpay', '--target', target, '--amount', amount.toFixed(2)]);
    // The same tags with the same values and a CRC promptparse accepts. (The order may differ:
    // Tavola emits ascending tags, promptparse puts 58 before 54; EMVCo readers accept any order.)
    const ourTags = ourQr.ok ? pp.parse(ourQr.out, true) : null;
    if (!ourTags || tagsOf(ourTags) !== tagsOf(pp.parse(theirs, true)))
        fail(`PromptPay ${target} ${amount.toFixed(2)}: ours ${ourQr.out}, promptparse ${theirs}`);
}

console.log(`promptparse: ${count} bank slips (+ one corrupted each), ${count} TrueMoney slips, ${count} PromptPay QRs — ${failures === 0 ? 'all agree' : failures + ' mismatches'}`);
process.exit(failures === 0 ? 0 : 1);
