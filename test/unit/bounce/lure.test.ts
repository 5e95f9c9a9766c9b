import { describe, expect, it } from 'vitest';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * Phishing dressed as a bounce or a mailbox notice, as users forward it to their admin: no bounce, and an
 * answer that says so with what gives it away. Genuine notices that also hold links and buttons (quarantine
 * digests, quota warnings from one's own server, a provider's help link in a bounce) stay what they are.
 */

const LURE = /^Not a bounce: this looks like phishing/;

const RELEASE_EMAIL = `From: "Mail Delivery System" <no-reply@secure-mailportal.example.net>
To: anna@example.com
Subject: Undelivered Messages: (4) incoming messages are pending on your mailbox
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Message Delivery Failure Notification

anna@example.com

You have (4) incoming messages that failed to deliver to your inbox due to a system delay.
Your mailbox storage quota has been exceeded.

To release the pending messages to your inbox, please click below:

RELEASE MESSAGES NOW: https://example-com.secure-mailportal.example.net/release?u=anna@example.com

Note: messages not released within 24 hours will be deleted permanently.
`;

const QUOTA_TEXT = `Mail Delivery Failure

Your email account anna@example.com could not deliver 6 messages because your mailbox has exceeded its storage limit.

Failed messages:
 - "Invoice 2291 - Payment due"
 - "Re: Contract review"

To restore your messages and increase your quota, verify your account below:
https://mail-upgrade.example.net/verify?email=anna@example.com

Microsoft 365 Mail Team`;

// HTML only, quoted-printable: the link is in an href, its "=" written "=3D".
const HTML_EMAIL = `From: Postmaster <postmaster@mailsvc-notify.example.org>
To: <j.doe@example.com>
Subject: Delivery Status Notification: 7 messages on hold
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Dear j.doe,</p><p>Our system was unable to deliver 7 incoming m=
essages to your mailbox j.doe@example.com.</p>
<p><a href=3D"https://cdn-storage.example.org/owa/retrieve.html?id=3Dj.doe%40e=
xample.com" style=3D"background:#0072c6;color:#fff">Retrieve Messages</a></p=
>
<p>Failure to retrieve your messages will result in them being permanently de=
leted.</p></body></html>
`;

const PASSWORD_TEXT = `Password Expiry Notice

The password to your mailbox anna@example.com expires today.
Click here to keep your current password and avoid losing access to your mail:
https://owa-keep.example.net/auth?mail=anna@example.com

IT Service Desk`;

const HELD_TEXT = `Outlook Web App

Incoming messages held
5 messages sent to anna@example.com have been held because of a server error.
Sign in below to release them now, within 48 hours:
http://203.0.113.50/owa/login.php

Thank you, Outlook Team`;

describe('phishing dressed as a bounce or a mailbox notice', () => {
  it.each([
    ['a "release your pending messages" email', RELEASE_EMAIL, 'secure-mailportal.example.net'],
    ['a quota lure asking to verify the account', QUOTA_TEXT, 'mail-upgrade.example.net'],
    ['an HTML-only, quoted-printable lure with its link in an href', HTML_EMAIL, 'cdn-storage.example.org'],
    ['a password-expiry lure', PASSWORD_TEXT, 'owa-keep.example.net'],
    ['a "messages held" lure linking to a bare IP', HELD_TEXT, '203.0.113.50'],
  ])('%s is no bounce, and the answer says why', async (_name, text, host) => {
    expect(await readBounceRecords(text)).toEqual([]);
    const report = await diagnoseBounce(text);
    expect(report.kind).toBe('not-a-bounce');
    expect(report.headline).toMatch(LURE);
    const notes = report.notes.join('\n');
    expect(notes).toContain(host);
    expect(notes).toContain('Do not click its links');
  });
});

const QUARANTINE_DIGEST = `From: quarantine@messaging.microsoft.com
To: anna@example.com
Subject: Microsoft 365 security: You have messages in quarantine
Content-Type: text/plain; charset=utf-8

Review these 3 messages that are being held for you. Messages will be deleted after 30 days.

Sender: promo@shop.example.net
Subject: Black Friday deals
Quarantine reason: Spam
Release: https://security.microsoft.com/quarantine?id=f1a2b3&action=release
Block Sender: https://security.microsoft.com/quarantine?id=f1a2b3&action=block

Review messages: https://security.microsoft.com/quarantine
`;

describe('genuine notices with links stay what they are', () => {
  it.each([
    ["Microsoft 365's quarantine digest, its links to Microsoft", QUARANTINE_DIGEST],
    [
      'the same digest pasted without its links',
      'Review these 3 messages that are being held for you. Click here to release the messages you want.',
    ],
    [
      "a quota warning from one's own server, linking to one's own webmail",
      'Subject: Mailbox quota warning\n\nThe mailbox anna@example.com is using 97% of its 2 GB quota. New incoming messages may be rejected when it is full.\nPlease log in to webmail at https://webmail.example.com:2096 and delete old messages, or click here to empty Trash within 24 hours.',
    ],
  ])('%s is not called phishing', async (_name, text) => {
    const report = await diagnoseBounce(text);
    expect(report.headline).not.toMatch(LURE);
  });

  it("a real bounce with a provider's help link is read as the bounce it is", async () => {
    const [r] = await readBounceRecords(
      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos. Click here to learn more: https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5e3a1c0f2basi123456a12.123 - gsmtp",
    );
    expect(r?.cause).toBe('user-unknown');
  });
});
