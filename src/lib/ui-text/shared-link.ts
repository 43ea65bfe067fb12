// A shared link that cannot be opened, on /prepare/ and /choose/ (lib/sealed-link.ts).

export const broken = '这个分享链接不完整或被改动过，无法打开。请让对方重新发送。';
export const newer = '这个分享链接来自不兼容的版本，无法打开。';
