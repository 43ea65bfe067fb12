// The share links of /prepare/ and /choose/: one that cannot be opened (lib/sealed-link.ts), and
// one the phone would not copy.

export const broken = '这个分享链接不完整或被改动过，无法打开。请让对方重新发送。';
export const newer = '这个分享链接来自不兼容的版本，无法打开。';
export const copyFailed = (url: string) => `复制失败，请手动复制这个链接：${url}`;
