// Input as published: BOM, GB18030/GBK bytes, UTF-16, HTML pages, binary and empty files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { ex, names } from './helpers';

const ARTICLE = '县委召开常委会议\n发布时间：2023-02-14\n2月13日，县委书记柏文涛主持召开县委常委会会议。';

test('UTF-8 bytes with a BOM read like plain UTF-8', () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]);
  const a = ex(bom), b = ex(Buffer.from(ARTICLE, 'utf8'));
  assert.equal(a.article.text, b.article.text);
  assert.equal(a.article.id, b.article.id);
  assert.deepEqual(names(a), ['柏文涛']);
});

test('GB18030 / GBK bytes are detected and decoded', () => {
  const r = ex(iconv.encode(ARTICLE, 'gbk'));
  assert.deepEqual(names(r), ['柏文涛']);
  assert.equal(r.article.published, '2023-02-14');
  assert.ok(r.warnings.some((w) => w.includes('GB18030')));
});

test('UTF-16 with a byte-order mark is decoded', () => {
  const r = ex(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE, 'utf16le')]));
  assert.deepEqual(names(r), ['柏文涛']);
});

test('HTML: tags, scripts, styles and navigation are stripped, entities decoded, meta read', () => {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>县委召开常委会议_某县人民政府</title>
    <meta name="PubDate" content="2023-02-14 09:30"><style>p{color:red}</style>
    <script>var a = "<p>不是正文</p>";</script></head><body>
    <div class="nav"><a href="/">首页</a> &gt; <a>要闻</a></div>
    <h1>县委召开常委会议</h1><p>2月13日，县委书记柏文涛主持召开县委常委会会议&nbsp;&ldquo;三农&rdquo;工作。</p>
    <p>县委副书记、县长葛晓明出席。&#x3000;</p><footer>版权所有</footer></body></html>`;
  const r = ex(html, 'a.html');
  assert.equal(r.article.title, '县委召开常委会议');
  assert.equal(r.article.published, '2023-02-14');
  assert.ok(r.article.text.includes('“三农”'));
  assert.ok(!/首页|不是正文|版权所有|color/.test(r.article.text));
  assert.deepEqual(names(r), ['柏文涛', '葛晓明']);
});

test('GBK-encoded HTML declaring its charset is read', () => {
  const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>副县长侯志刚出席。</p></body></html>';
  assert.deepEqual(names(ex(iconv.encode(html, 'gbk'))), ['侯志刚']);
});

test('empty, binary and non-Chinese input gives empty lists and a warning, never a crash', () => {
  for (const input of [Buffer.alloc(0), Buffer.from([0, 1, 2, 3, 0, 0, 255, 7, 8, 0]), 'hello world']) {
    const r = ex(input as Buffer);
    assert.equal(r.persons.length + r.meetings.length + r.policies.length, 0);
    assert.ok(r.warnings.length > 0);
  }
});
