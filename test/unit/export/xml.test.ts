// XML text: escaping, characters XML cannot carry, GraphML's NMTOKEN ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nmtoken, xmlAttr, xmlText, xmlToken } from '../../../src/export/xml';

test('text and attributes are escaped; characters XML 1.0 cannot carry become U+FFFD', () => {
  assert.equal(xmlText('a<b>&c "d"'), 'a&lt;b&gt;&amp;c "d"');
  assert.equal(xmlAttr('a"b\nc\td'), 'a&quot;b&#10;c&#9;d');
  assert.equal(xmlText('x\u0001y\uFFFEz\uD800'), 'x\uFFFDy\uFFFDz\uFFFD');
  assert.equal(xmlText('清远市 𠀀'), '清远市 𠀀', 'CJK and astral characters stay');
  assert.equal(xmlToken('  a\n b\t\tc '), 'a b c');
});

test('nmtoken keeps name characters, encodes the rest one-to-one', () => {
  assert.equal(nmtoken('person:清远市:张玉兰'), 'person:清远市:张玉兰');
  assert.equal(nmtoken('policy:意见(试行)'), 'policy:意见_28_试行_29_');
  assert.equal(nmtoken('a_b c'), 'a_5F_b_20_c');
  assert.notEqual(nmtoken('a_20_'), nmtoken('a '), 'the escape character is itself escaped');
  assert.equal(nmtoken(''), '_');
});
