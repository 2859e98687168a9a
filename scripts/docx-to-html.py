#!/usr/bin/env python3
"""Make an HTML page from a .docx report, for gongwen's HTML tests.

Used once to make tests/fixtures/html/qiandongnan-2016-statistical-bulletin.html from
../shared/corpus/docx/qiandongnan-2016-statistical-bulletin.docx: every paragraph becomes a
<p>, every table a <table> (merged cells as colspan/rowspan, the first row as <th>), and the
body is wrapped in the kind of page furniture a government site puts around it (navigation,
breadcrumb, share buttons, footer, scripts), so the test exercises main-content selection on
real statistical tables. The page is made, not published: its furniture is invented.

Usage: scripts/docx-to-html.py REPORT.docx > page.html   (standard library only)
"""

import html
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def text_of(el):
    parts = []
    for node in el.iter():
        if node.tag == W + "t" and node.text:
            parts.append(node.text)
        elif node.tag == W + "tab":
            parts.append(" ")
        elif node.tag in (W + "br", W + "cr"):
            parts.append("\n")
    return "".join(parts)


def table_rows(tbl):
    """Rows of (text, colspan, vmerge) where vmerge is None, 'restart' or 'continue'."""
    rows = []
    for tr in tbl.findall(W + "tr"):
        row = []
        for tc in tr.findall(W + "tc"):
            pr = tc.find(W + "tcPr")
            span, vmerge = 1, None
            if pr is not None:
                gs = pr.find(W + "gridSpan")
                if gs is not None:
                    span = int(gs.get(W + "val", "1"))
                vm = pr.find(W + "vMerge")
                if vm is not None:
                    vmerge = vm.get(W + "val", "continue")
            paras = [text_of(p).strip() for p in tc.findall(W + "p")]
            row.append((" ".join(p for p in paras if p), span, vmerge))
        rows.append(row)
    return rows


def render_table(tbl):
    rows = table_rows(tbl)
    # Column positions, to find how many rows a vertical merge covers.
    grid = []
    for row in rows:
        col, placed = 0, []
        for cell in row:
            placed.append((col, cell))
            col += cell[1]
        grid.append(placed)
    out = ["<table border=\"1\" cellspacing=\"0\">"]
    for r, placed in enumerate(grid):
        cells = []
        for col, (text, span, vmerge) in placed:
            if vmerge == "continue":
                continue
            rowspan = 1
            if vmerge == "restart":
                for below in grid[r + 1:]:
                    if any(c == col and v == "continue" for c, (_, _, v) in below):
                        rowspan += 1
                    else:
                        break
            tag = "th" if r == 0 else "td"
            attrs = ""
            if span > 1:
                attrs += f" colspan=\"{span}\""
            if rowspan > 1:
                attrs += f" rowspan=\"{rowspan}\""
            cells.append(f"<{tag}{attrs}>{html.escape(text)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def body(docx):
    with zipfile.ZipFile(docx) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for el in root.find(W + "body"):
        if el.tag == W + "p":
            t = text_of(el).strip()
            if t:
                lines = [html.escape(line) for line in t.split("\n")]
                out.append("<p>　　" + "<br>".join(lines) + "</p>")
        elif el.tag == W + "tbl":
            out.append(render_table(el))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_统计公报_黔东南州人民政府网</title>
<style>.nav li {{ float: left; }}</style>
<script>var _hmt = _hmt || []; if (a<b) {{ _hmt.push(['_trackPageview']); }}</script>
</head>
<body>
<div class="header"><div class="logo">黔东南州人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tjgb/">统计公报</a></div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span>发布时间：2017-03-16</span> <span>来源：黔东南州统计局</span></div>
<div class="article-content" id="zoom">
{body}
</div>
<div class="bdsharebuttonbox"><a class="bds_weixin">分享到微信</a><a class="bds_tsina">分享到微博</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/1">黔东南州2015年国民经济和社会发展统计公报</a></li>
<li><a href="/2">黔东南州2017年国民经济和社会发展统计公报</a></li></ul></div>
</div>
<div class="footer"><p><a href="/about">关于我们</a> | <a href="/map">网站地图</a></p>
<p>主办单位：黔东南州人民政府办公室 版权所有 网站标识码5226000000</p></div>
<script type="text/javascript">document.write("<p>统计</p>");</script>
</body>
</html>
"""


def main():
    docx = sys.argv[1]
    content = body(docx)
    title = "黔东南州2016年国民经济和社会发展统计公报"
    sys.stdout.write(PAGE.format(title=title, body=content))


if __name__ == "__main__":
    main()
