#!/usr/bin/env python3
"""Write the entity dev-sample gold files from the hand-made labels below.

Each label is (type, text) or (type, text, context): every occurrence of `text` inside the
document's stretch (inside an occurrence of `context` when given) is one entity; longer labels
claim their chars first, so 雄安新区 is not also 雄安. A label of type None claims its chars
for nothing (a place inside an event's name). Offsets are code points into the whole decoded
file. `types` says which entity types a stretch is labelled for: the first three stretches
have organisations and places only, the later ones programmes (quoted, span without the marks)
too, so programmes are scored only on those. Run from the repository root: python3 tests/gold/entities-dev/make_gold.py
"""
import json
import sys

CORPUS = "/work/shared/corpus/"
O, P, G = "organization", "place", "programme"

DOCS = {
    "hebei-2026": {
        "document": "provincial-2026/2026_河北省_政府工作报告.txt",
        "encoding": "utf-8",
        "lines": (45, 60),
        "labels": [
            (P, "雄安新区"), (P, "国贸中心"), (P, "雄安中关村科技园"), (P, "白洋淀"),
            (P, "京津冀"), (P, "雄忻", "雄忻、石雄铁路"), (P, "石雄铁路"), (P, "雄商高铁"),
            (P, "北京", "北京（京津冀）"), (P, "京津", "打造京津"), (P, "京津", "京津优质"),
            (P, "曹妃甸区"), (P, "渤海新区"), (P, "北戴河生命健康产业创新示范区"),
            (P, "河北", "向河北延伸"), (P, "娄里水库"), (P, "石衡沧港城际铁路"),
            (O, "石炼化"), (P, "河北", "河北工匠"), (P, "保定国家数据标注基地"),
            (P, "廊坊"), (P, "张家口"), (P, "北方（沧州）跨境电商物流基地"), (P, "黄骅港"),
            (P, "石家庄国际陆港"), (P, "邯郸"), (P, "衡沧高品质蔬菜产业示范区"),
            (P, "石家庄都市圈"), (P, "唐山"),
        ],
    },
    "baoding-2022": {
        "document": "national/baoding-city-2022-gov-work-report.txt",
        "encoding": "utf-8",
        "lines": (15, 21),
        "labels": [
            (P, "北京", "北京非首都"),
            (P, "京雄保"), (P, "京津保"), (P, "雄安郊野公园保定园"), (P, "京雄高速"),
            (P, "荣乌新线"), (P, "容易", "容易、安大"), (P, "安大", "容易、安大"),
            (P, "雄忻高铁"), (P, "京雄保城际"), (P, "大兴机场涿州航站楼"), (O, "中国古动物馆"),
            (P, "央视涿州文化产业综合体"), (P, "京津冀"), (P, "雄安新区"), (P, "保定"),
            (None, "保定半程马拉松"),
            (P, "保定南高速出口"), (P, "复兴路"), (P, "国家技术标准创新基地"),
            (O, "同光晶体"), (P, "涞源"), (P, "西山"), (P, "白洋淀"), (O, "人民网"),
            (O, "国开行"), (O, "农发行"), (O, "工行"), (O, "建行"), (O, "长城汽车"),
            (P, "京津", "与京津"), (O, "创新人才教育研究会"),
            (O, "北京体育大学"), 
        ],
    },
    "national-2010": {
        "document": "encodings/national-2010-gov-work-report.gbk.txt",
        "encoding": "gb18030",
        "lines": (98, 101),
        "labels": [
            (O, "人民解放军"), (O, "武警部队"), (P, "香港"), (P, "澳门"),
            (P, "珠江三角洲地区"), (P, "港珠澳大桥"), (P, "珠海横琴岛"), (P, "粤港澳"),
            (P, "港澳"), (P, "内地"), (O, "特别行政区政府"), (P, "大陆"), (P, "台湾"),
            (P, "海峡西岸经济区"), (P, "中国", "一个中国"),
        ],
    },
    "hubei-2026": {
        "document": "provincial-2026/2026_湖北省_政府工作报告.txt",
        "encoding": "utf-8",
        "lines": (19, 27),
        "types": (O, P, G),
        "labels": [
            (P, "武汉"), (P, "襄阳"), (P, "宜昌"), (P, "荆州"), (P, "孝感"), (P, "黄冈"),
            (P, "仙桃"), (P, "潜江"), (P, "宜都"), (P, "大冶"), (P, "沿江高铁武宜段"),
            (P, "呼南高铁襄荆段"), (O, "长江存储"), (O, "东风岚图"), (O, "邦普时代"), (P, "湖北"),
            (P, "中部地区"), (P, "长江中游航运中心"), (P, "中欧班列华中区域集结中心"),
            (P, "亚欧"), (P, "亚洲"), (P, "花湖国际机场"), (P, "鄂", "在鄂投资"),
            (O, "中部地区国家高新区联盟"), (P, "汉", "在汉成立"), (O, "华中区域应急救援中心"),
            (O, "国家药品和医疗器械审评检查华中分中心"), (P, "武汉东湖"),
            (None, "中国光谷"), (G, "车路云一体化"), (P, "黄石"), (P, "荆门"), (P, "十堰"),
            (P, "武汉都市圈"), (P, "东湖科学城"), (P, "光谷科创大走廊"), (P, "汉孝随襄十"),
            (P, "武鄂黄黄咸"), (P, "宜荆荆襄"), (P, "汉宜荆黄"), (P, "汉襄宜"), (P, "枣阳"),
            (P, "枝江"), (P, "汉川"), (P, "天门"), (P, "松滋"), (P, "曾都"), (P, "下陆"),
            (None, "武昌鱼"), (P, "赤壁"), (P, "恩施"), (P, "长江"), (P, "丹江口水库"),
            (P, "荆门高新区"), (P, "荆楚"), (None, "美丽中国先行区"), (G, "五个一工程"),
            (P, "咸宁"), (O, "国务院"), (O, "人大", "接受人大法律"), (O, "政协", "政协民主监督"),
            (O, "省人大常委会"), (O, "省政府"), (None, "人大代表"), (None, "政协提案"),
            (O, "工会", "工会、共青团"), (O, "共青团"), (O, "妇联"), (O, "残联"), (O, "科协"),
            (O, "侨联"), (O, "工商联"), (O, "红十字会"), (P, "港澳台"),
            (G, "支点建设七大战略"), (G, "改革创新系列行动"), (None, "省十四届人大三次会议"),
        ],
    },
    "national-2003": {
        "document": "encodings/national-2003-gov-work-report.gbk.txt",
        "encoding": "gb18030",
        "lines": (19, 33),
        "types": (O, P, G),
        "labels": [
            (G, "走出去"), (O, "世界贸易组织"), (O, "世贸组织"), (O, "人民政协"), (O, "工商联"),
            (O, "国务院"), (G, "扫黄"), (G, "打非"), (P, "北京"), (P, "上海"),
            (O, "人民解放军"), (O, "武装警察部队"), (P, "香港"), (P, "澳门"),
            (None, "香港特别行政区基本法"), (None, "澳门特别行政区基本法"), (O, "中央政府"),
            (P, "台湾"), (G, "三通"), (O, "上海合作组织"), (P, "中国—东盟自由贸易区"),
            (O, "东盟"), (O, "联合国"),
        ],
    },
}


def occurrences(text, sub, lo, hi):
    i = text.find(sub, lo)
    while i != -1 and i + len(sub) <= hi:
        yield i
        i = text.find(sub, i + 1)


def build(name, d):
    text = open(CORPUS + d["document"], encoding=d["encoding"], newline="").read()
    lines = text.split("\n")
    first, last = d["lines"]
    lo = sum(len(l) + 1 for l in lines[: first - 1])
    hi = lo + sum(len(l) + 1 for l in lines[first - 1 : last]) - 1
    taken = [False] * len(text)
    ents = []
    for kind, sub, *ctx in sorted(d["labels"], key=lambda l: -len(l[1])):
        scopes = [(c, c + len(ctx[0])) for c in occurrences(text, ctx[0], lo, hi)] if ctx else [(lo, hi)]
        found = 0
        for a, b in scopes:
            for s in occurrences(text, sub, a, b):
                if any(taken[s : s + len(sub)]):
                    continue
                taken[s : s + len(sub)] = [True] * len(sub)
                found += 1
                if kind is not None:
                    ents.append({"start": s, "end": s + len(sub), "text": sub, "type": kind, "role": None})
        if not found:
            sys.exit(f"{name}: label {sub!r} not found")
    ents.sort(key=lambda e: e["start"])
    types = list(d.get("types", (O, P)))
    return {"document": d["document"], "encoding": d["encoding"], "types": types,
            "stretch": {"lines": [first, last], "start": lo, "end": hi}, "entities": ents}


for name, d in DOCS.items():
    g = build(name, d)
    with open(f"tests/gold/entities-dev/{name}.json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, len(g["entities"]), {t: sum(e["type"] == t for e in g["entities"]) for t in g["types"]})
