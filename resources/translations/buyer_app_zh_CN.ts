<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>buyer_app</name>
        <message>
            <location filename="buyer_app/charts/axes.py" line="168" />
            <location filename="buyer_app/report/plain.py" line="135" />
            <location filename="buyer_app/report/summary_pages.py" line="224" />
            <location filename="buyer_app/text/driving_log.py" line="65" />
            <location filename="buyer_app/text/driving_log.py" line="119" />
            <location filename="buyer_app/ui/household_panel.py" line="289" />
            <location filename="buyer_app/ui/household_panel.py" line="278" />
            <location filename="buyer_app/ui/welcome.py" line="155" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/charts/axes.py" line="169" />
            <source>Not shown: {names} has no price yet. Enter a price to include it.</source>
            <extracomment>plural: Not shown: {names} have no price yet. Enter a price to include them.</extracomment>
            <translation>
                <numerusform>未显示：{names} 还没有价格。填写价格后即可显示。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="76" />
            <location filename="buyer_app/ui/chart_tabs.py" line="46" />
            <source>Cost of ownership so far (if sold then)</source>
            <translation>截至各时点的持有成本（假设届时卖出）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="112" />
            <source>break-even</source>
            <translation>盈亏平衡点</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="114" />
            <source>Years after purchase</source>
            <translation>购车后年数</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="117" />
            <source>Net cost so far (USD)</source>
            <translation>累计净成本 (USD)</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="160" />
            <location filename="buyer_app/ui/chart_tabs.py" line="50" />
            <source>Where the money goes</source>
            <translation>钱花在哪里</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="187" />
            <source>Total over {} years (USD)</source>
            <translation>{} 年总计 (USD)</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="195" />
            <location filename="buyer_app/ui/chart_tabs.py" line="51" />
            <source>Energy cost per year</source>
            <translation>每年能源费用</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="211" />
            <source>Year of ownership</source>
            <translation>持有年份</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="213" />
            <source>Energy (USD per year)</source>
            <translation>能源 (USD/年)</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="217" />
            <location filename="buyer_app/report/appendix.py" line="267" />
            <source>Tailpipe</source>
            <translation>尾气</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="218" />
            <location filename="buyer_app/ui/sources_dialog.py" line="102" />
            <source>Fuel production (upstream)</source>
            <translation>燃油生产（上游）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="219" />
            <source>Electricity (your grid)</source>
            <translation>用电（你所在电网）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="225" />
            <source>CO2 over {} years</source>
            <translation>{} 年的二氧化碳排放</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="245" />
            <source>CO2 (tonnes)</source>
            <translation>二氧化碳（吨）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="279" />
            <location filename="buyer_app/ui/chart_tabs.py" line="52" />
            <source>Your days and each car's range</source>
            <translation>你的每日里程与各车续航</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="285" />
            <location filename="buyer_app/ui/chart_tabs.py" line="53" />
            <source>Energy cost by month (first year)</source>
            <translation>每月能源费用（第一年）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="298" />
            <source>your days (count)</source>
            <translation>你的出行天数</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="309" />
            <source>Kilometres</source>
            <translation>公里数</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="309" />
            <source>Miles</source>
            <translation>英里数</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="310" />
            <source>{} driven in a day; each car's usable range: summer solid / winter dashed</source>
            <translation>每天行驶的{}；各车可用续航：实线为夏季 / 虚线为冬季</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="311" />
            <source>Days a year</source>
            <translation>每年天数</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="330" />
            <source>Month (first year)</source>
            <translation>月份（第一年）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/comparison.py" line="331" />
            <source>Energy (USD per month)</source>
            <translation>能源 (USD/月)</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="55" />
            <location filename="buyer_app/ui/chart_tabs.py" line="47" />
            <source>Chance of being the cheapest over the years owned</source>
            <translation>持有期内成为最省钱车辆的概率</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="77" />
            <source>% of {:,} futures</source>
            <translation>{:,} 种未来情景中的占比 %</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="107" />
            <source>% of {draws:,} futures in which it is the cheapest over {years} years</source>
            <translation>{draws:,} 种未来情景中，{years} 年内最省钱的占比 %</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="114" />
            <location filename="buyer_app/ui/chart_tabs.py" line="48" />
            <source>What moves the difference most</source>
            <translation>对差额影响最大的因素</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="145" />
            <source>What moves the difference (blue: input lower, orange: higher)</source>
            <translation>影响差额的因素（蓝色：输入值较低，橙色：较高）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="151" />
            <location filename="buyer_app/ui/chart_tabs.py" line="49" />
            <source>The difference over the futures simulated</source>
            <translation>模拟未来情景中的差额</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="175" />
            <location filename="buyer_app/charts/uncertainty.py" line="179" />
            <source>{label} cheaper ({share})</source>
            <translation>{label} 更便宜（{share}）</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="185" />
            <source>The difference over {draws:,} futures: likely {p10} to {p90} (8 in 10), middle {p50}</source>
            <translation>{draws:,} 种未来情景中的差额：很可能在 {p10} 到 {p90} 之间（八成），中位 {p50}</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="191" />
            <source>% of futures</source>
            <translation>未来情景占比 %</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="196" />
            <source>Difference in total cost ({})</source>
            <translation>总费用差额 ({})</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="200" />
            <source>Difference = {second} minus {first}: above zero the {first} costs less.</source>
            <translation>差额 = {second} 减 {first}：大于零时 {first} 花费更少。</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="212" />
            <source>Needs two cars with a price: enter a price for {} to compare it</source>
            <translation>需要两辆有价格的车：请为 {} 填写价格以进行比较</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="222" />
            <source>Cost of ownership so far: likely range (8 in 10 futures) and middle</source>
            <translation>截至各时点的持有成本：可能范围（八成未来情景）和中位数</translation>
        </message>
        <message>
            <location filename="buyer_app/charts/uncertainty.py" line="226" />
            <source>Net cost if sold then (USD)</source>
            <translation>届时卖出的净成本 (USD)</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="366" />
            <source>never crosses</source>
            <translation>始终不相交</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="367" />
            <source>price unknown</source>
            <translation>价格未知</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="371" />
            <source>cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="371" />
            <source>loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="371" />
            <source>lease</source>
            <translation>租赁</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="379" />
            <source>{}/yr</source>
            <translation>{}/年</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="382" />
            <source>{:,.0f} mi/yr</source>
            <translation>{:,.0f} 英里/年</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="383" />
            <location filename="buyer_app/text/thresholds.py" line="52" />
            <location filename="buyer_app/text/units.py" line="121" />
            <source>{}/gal</source>
            <translation>{}/加仑</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="385" />
            <source>Household: {driven}, {city:.0%} city, regular {gas}, electricity {electricity}/kWh, {financing}, {years} years. </source>
            <translation>家庭：{driven}，市区占 {city:.0%}，普通汽油 {gas}，电价 {electricity}/千瓦时，{financing}，{years} 年。</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="402" />
            <source>{label}  [{powertrain}, {epa_class}]  price: {price}</source>
            <translation>{label}  [{powertrain}, {epa_class}]  价格：{price}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="406" />
            <location filename="buyer_app/cli/compare_cmd.py" line="426" />
            <location filename="buyer_app/cli/rank_cmd.py" line="173" />
            <location filename="buyer_app/report/appendix.py" line="255" />
            <location filename="buyer_app/report/appendix.py" line="346" />
            <location filename="buyer_app/report/workbook.py" line="203" />
            <source>total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="406" />
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="406" />
            <source>yr {}</source>
            <translation>第{}年</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="408" />
            <location filename="buyer_app/report/workbook.py" line="191" />
            <source>cumulative</source>
            <translation>累计</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="411" />
            <source>note: {}</source>
            <translation>注：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="412" />
            <location filename="buyer_app/report/workbook.py" line="325" />
            <source>Summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="420" />
            <source>{:.1f} t</source>
            <translation>{:.1f} 吨</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="426" />
            <location filename="buyer_app/cli/compare_cmd.py" line="539" />
            <location filename="buyer_app/cli/rank_cmd.py" line="173" />
            <location filename="buyer_app/cli/rank_cmd.py" line="199" />
            <location filename="buyer_app/cli/rank_cmd.py" line="210" />
            <location filename="buyer_app/report/appendix.py" line="251" />
            <location filename="buyer_app/report/appendix.py" line="328" />
            <location filename="buyer_app/report/appendix.py" line="345" />
            <location filename="buyer_app/report/appendix.py" line="434" />
            <location filename="buyer_app/report/uncertainty_section.py" line="84" />
            <location filename="buyer_app/report/workbook.py" line="124" />
            <location filename="buyer_app/report/workbook.py" line="208" />
            <source>vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="426" />
            <location filename="buyer_app/report/appendix.py" line="348" />
            <location filename="buyer_app/report/workbook.py" line="129" />
            <source>per year</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="426" />
            <location filename="buyer_app/report/appendix.py" line="328" />
            <source>range</source>
            <translation>续航</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="426" />
            <source>CO2 (all)</source>
            <translation>二氧化碳（全部）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="432" />
            <source>* no known price: running costs only</source>
            <translation>* 无已知价格：仅计使用成本</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="439" />
            <source>Break-even {a} vs {b}: {when} ({years:.1f} years); over {total} years the {cheaper} costs less</source>
            <translation>{a} 与 {b} 的盈亏平衡点：{when}（{years:.1f} 年）；{total} 年合计 {cheaper} 更省钱</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="445" />
            <source>Break-even {a} vs {b}: none within {years} years ({reason})</source>
            <translation>{a} 与 {b} 的盈亏平衡点：{years} 年内没有（{reason}）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="469" />
            <source>Vehicles: {market} pack built {built} (prices as of {prices}).</source>
            <translation>车辆：{market}数据包，构建于 {built}（价格截至 {prices}）。</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="474" />
            <source>Database: {file} of {date} ({origin}).</source>
            <translation>数据库：{file}，{date}（{origin}）。</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="483" />
            <source>average US conditions (EPA label)</source>
            <translation>美国平均气候条件（EPA 标定）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="486" />
            <source>Level 2 at home ({:g} kW)</source>
            <translation>家中二级充电（{:g} kW）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="487" />
            <location filename="buyer_app/text/choices.py" line="43" />
            <source>Level 1 (120 V) at home</source>
            <translation>家中一级普通插座（120 V）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="488" />
            <source>no home charging</source>
            <translation>家中无法充电</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="495" />
            <source>; free charging at work</source>
            <translation>；单位免费充电</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="496" />
            <source>; charging at work at {}/kWh</source>
            <translation>；单位充电 {}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="499" />
            <source>Driving and charging</source>
            <translation>行驶与充电</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="500" />
            <source>Driving: {}</source>
            <translation>行驶：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="501" />
            <source>Climate: {}</source>
            <translation>气候：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="503" />
            <source>Charging: {access}{work}; DC fast {price}</source>
            <translation>充电：{access}{work}；直流快充 {price}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="506" />
            <location filename="buyer_app/report/appendix.py" line="119" />
            <location filename="buyer_app/text/thresholds.py" line="54" />
            <source>{}/kWh</source>
            <translation>{}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="508" />
            <location filename="buyer_app/report/appendix.py" line="121" />
            <source>{}/min</source>
            <translation>{}/分钟</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="530" />
            <source> / {:.1f} h</source>
            <translation> / {:.1f} 小时</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="540" />
            <source>home-only days</source>
            <translation>仅靠家充的天数</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="541" />
            <location filename="buyer_app/report/appendix.py" line="184" />
            <source>public days</source>
            <translation>公共充电天数</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="542" />
            <source>public {}/yr</source>
            <translation>公共充电 {}/年</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="543" />
            <source>DC stops/yr</source>
            <translation>快充次数/年</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="544" />
            <source>Jan DC</source>
            <translation>一月快充</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="545" />
            <source>winter range</source>
            <translation>冬季续航</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/compare_cmd.py" line="546" />
            <source>trip energy</source>
            <translation>长途能源</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/driving_args.py" line="121" />
            <source>temperatures driven in, from the driving log {source}</source>
            <translation>驾驶时的气温，来自驾驶记录 {source}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/fields_cmd.py" line="41" />
            <source>{name} = {default} {unit}
    {label}; allowed: {allowed}
    source ({date}): {source}</source>
            <translation>{name} = {default} {unit}
    {label}；允许：{allowed}
    来源（{date}）：{source}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="111" />
            <source>{count} matching vehicles have no known price: they are listed apart, ranked on running costs only (energy, maintenance, insurance, fees)</source>
            <translation>{count} 辆符合条件的车没有已知价格：另行列出，只按使用成本（能源、保养、保险、税费）排序</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="146" />
            <source>guide price</source>
            <translation>厂商指导价</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="148" />
            <source>base MSRP, or your own imported price where you gave one</source>
            <translation>厂商指导价（您导入了自己价格的车型按您的价格）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="150" />
            <source>base MSRP</source>
            <translation>厂商指导价</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="152" />
            <source>No vehicle matches these filters.</source>
            <translation>没有符合这些筛选条件的车辆。</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="155" />
            <source>{considered} vehicles match; {priced} with a known price, ranked by {years}-year total cost (each costed as bought new at its {price}):</source>
            <translation>{considered} 辆车符合条件；其中 {priced} 辆有已知价格，按 {years} 年总费用排序（均按以{price}购买新车计算）：</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="173" />
            <location filename="buyer_app/cli/rank_cmd.py" line="199" />
            <location filename="buyer_app/cli/rank_cmd.py" line="210" />
            <location filename="buyer_app/report/appendix.py" line="328" />
            <location filename="buyer_app/report/workbook.py" line="125" />
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="173" />
            <location filename="buyer_app/report/appendix.py" line="328" />
            <location filename="buyer_app/report/workbook.py" line="126" />
            <location filename="buyer_app/report/workbook.py" line="210" />
            <source>price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="173" />
            <location filename="buyer_app/report/appendix.py" line="390" />
            <location filename="buyer_app/text/choices.py" line="160" />
            <source>incentives</source>
            <translation>补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="177" />
            <source>cheapest in</source>
            <translation>最省钱的概率</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="181" />
            <source>cheapest in: the share of {draws:,} simulated futures (seed {seed}) in which the vehicle is the cheapest of the top {top} priced ones</source>
            <translation>最省钱的概率：在 {draws:,} 种模拟未来情景（随机种子 {seed}）中，该车在前 {top} 辆有价格的车里最省钱的比例</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="189" />
            <source>{count} matching vehicles are {note}:</source>
            <translation>另有 {count} 辆符合条件的车——{note}：</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="199" />
            <source>last MSRP</source>
            <translation>最后指导价</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="199" />
            <location filename="buyer_app/cli/rank_cmd.py" line="210" />
            <source>running costs</source>
            <translation>使用成本</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="199" />
            <source>why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/rank_cmd.py" line="205" />
            <source>{}:</source>
            <translation>{}：</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariff_view.py" line="55" />
            <source>Home electricity: {name} ({utility}, effective {start}), charging from {hour:02d}:00</source>
            <translation>家庭电价：{name}（{utility}，{start} 起生效），{hour:02d}:00 开始充电</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariff_view.py" line="64" />
            <location filename="buyer_app/text/tariffs.py" line="261" />
            <source>{vehicle}: {kwh:,.0f} kWh a year at home, {cost} ({price}/kWh)</source>
            <translation>{vehicle}：每年在家充电 {kwh:,.0f} kWh，{cost}（{price}/kWh）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="76" />
            <source>time of use</source>
            <translation>分时电价</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="76" />
            <source>one price all day</source>
            <translation>全天同价</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="77" />
            <location filename="buyer_app/cli/tariffs_cmd.py" line="136" />
            <source>effective</source>
            <translation>生效</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="79" />
            <source>Data: OpenEI U.S. Utility Rate Database (NREL), CC BY 4.0, and published prices transcribed by the app (each plan's source and licence: buyer-app tariffs show ID)</source>
            <translation>数据：OpenEI 美国公用事业电价数据库（NREL），CC BY 4.0，以及本应用转录的公开电价（各方案的来源与许可：buyer-app tariffs show ID）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="138" />
            <source>Home charging starts at {hour:02d}:00; the household's own use {kwh:,.0f} kWh a month.</source>
            <translation>家庭充电 {hour:02d}:00 开始；家庭自身用电每月 {kwh:,.0f} kWh。</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="147" />
            <source>{plan}: {kwh:,.0f} kWh a year at home, {cost} ({price}/kWh)</source>
            <translation>{plan}：每年在家充电 {kwh:,.0f} kWh，{cost}（{price}/kWh）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="153" />
            <source>Charging on {b} instead of {a} costs {diff} more a year</source>
            <translation>用 {b} 代替 {a} 充电每年多花 {diff}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="155" />
            <source>Charging on {b} instead of {a} saves {diff} a year</source>
            <translation>用 {b} 代替 {a} 充电每年节省 {diff}</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="157" />
            <source>Charging on {b} instead of {a} costs the same</source>
            <translation>用 {b} 代替 {a} 充电费用相同</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="164" />
            <source>{plan}: the household's own use {bill} a year (fixed charge included, use spread evenly over the hours)</source>
            <translation>{plan}：家庭自身用电每年 {bill}（含固定费用，用电按小时平均分布）</translation>
        </message>
        <message>
            <location filename="buyer_app/cli/tariffs_cmd.py" line="168" />
            <source>The car's charging is counted at the marginal price; fixed charges are the household's anyway.</source>
            <translation>汽车充电按边际电价计算；固定费用本来就由家庭承担。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/answers.py" line="54" />
            <source>leased on your terms</source>
            <translation>按你的条件租赁</translation>
        </message>
        <message>
            <location filename="buyer_app/report/answers.py" line="54" />
            <location filename="buyer_app/report/appendix.py" line="322" />
            <location filename="buyer_app/report/workbook.py" line="49" />
            <location filename="buyer_app/report/workbook.py" line="139" />
            <source>no price yet</source>
            <translation>尚无价格</translation>
        </message>
        <message>
            <location filename="buyer_app/report/answers.py" line="55" />
            <source>{kind}{used}; {price}</source>
            <translation>{kind}{used}；{price}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/answers.py" line="55" />
            <source>, used</source>
            <translation>，二手</translation>
        </message>
        <message>
            <location filename="buyer_app/report/answers.py" line="61" />
            <location filename="buyer_app/report/appendix_incentives.py" line="116" />
            <location filename="buyer_app/text/region.py" line="119" />
            <location filename="buyer_app/ui/incentives_view.py" line="75" />
            <source> (used)</source>
            <translation>（二手）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/answers.py" line="70" />
            <location filename="buyer_app/report/appendix.py" line="355" />
            <source>enter a price</source>
            <translation>请填写价格</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="42" />
            <source>{} (your price)</source>
            <translation>{}（你的价格）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="46" />
            <source>{price} (base MSRP of the {trim} trim, model year {year}, as of {as_of})</source>
            <translation>{price}（{trim} 版本的厂商指导价，{year} 年款，截至 {as_of}）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="49" />
            <source>no price yet: enter one to get a total</source>
            <translation>尚无价格：填写价格后才有总费用</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="58" />
            <location filename="buyer_app/report/appendix.py" line="286" />
            <location filename="buyer_app/report/summary_pages.py" line="121" />
            <location filename="buyer_app/text/units.py" line="66" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="60" />
            <location filename="buyer_app/ui/driving_panel.py" line="239" />
            <source>km</source>
            <translation>公里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="58" />
            <location filename="buyer_app/text/units.py" line="66" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="60" />
            <location filename="buyer_app/ui/driving_panel.py" line="239" />
            <source>mi</source>
            <translation>英里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="89" />
            <source>average US conditions (as EPA labels; no monthly adjustment)</source>
            <translation>美国平均气候条件（按 EPA 标定；不做逐月调整）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="91" />
            <source>Level 2 at home, {kw:g} kW, {hours:g} h a night</source>
            <translation>家中二级充电，{kw:g} kW，每晚 {hours:g} 小时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="94" />
            <source>Level 1 (120 V, 1.4 kW) at home, {:g} h a night</source>
            <translation>家中一级充电（120 V，1.4 kW），每晚 {:g} 小时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="95" />
            <source>no charging at home</source>
            <translation>家中不充电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="98" />
            <source>Charging calendar: </source>
            <translation>充电日程：</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="100" />
            <source>time-of-use: {share:.0%} off-peak at {price}/kWh</source>
            <translation>峰谷分时：{share:.0%} 在谷时，{price}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="102" />
            <source>flat {}/kWh</source>
            <translation>固定电价 {}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="106" />
            <source>rate plan {name} ({utility}, effective {start}), charging from {hour:02d}:00</source>
            <translation>电价方案 {name}（{utility}，{start} 起生效），{hour:02d}:00 开始充电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="114" />
            <location filename="buyer_app/report/plain.py" line="100" />
            <location filename="buyer_app/text/scenarios.py" line="122" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="115" />
            <source>free, {} days a week</source>
            <translation>免费，每周 {} 天</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="116" />
            <source>{price}/kWh, {days} days a week</source>
            <translation>{price}/千瓦时，每周 {days} 天</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="123" />
            <source>, idle fee {fee}/min x {minutes:g} min a session</source>
            <translation>，占位费 {fee}/分钟 × 每次 {minutes:g} 分钟</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="130" />
            <source>Range and charging</source>
            <translation>续航与充电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="132" />
            <source>setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="134" />
            <location filename="buyer_app/report/summary_pages.py" line="182" />
            <location filename="buyer_app/text/thresholds.py" line="16" />
            <location filename="buyer_app/ui/household_panel.py" line="59" />
            <source>Driving</source>
            <translation>行驶里程</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="135" />
            <source>Longest regular day</source>
            <translation>平时最长的一天</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="136" />
            <location filename="buyer_app/ui/climate_box.py" line="47" />
            <location filename="buyer_app/ui/climate_box.py" line="53" />
            <location filename="buyer_app/ui/sources_dialog.py" line="89" />
            <source>Climate</source>
            <translation>气候</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="138" />
            <source>Home charging</source>
            <translation>家中充电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="139" />
            <source>{access}; {rate}</source>
            <translation>{access}；{rate}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="143" />
            <source>Workplace charging</source>
            <translation>单位充电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="145" />
            <source>Public charging</source>
            <translation>公共充电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="146" />
            <source>Level 2 {l2}/kWh; DC fast {dc}; everyday top-ups at {where}</source>
            <translation>交流慢充 {l2}/千瓦时；直流快充 {dc}；日常补电用{where}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="149" />
            <location filename="buyer_app/text/choices.py" line="53" />
            <source>DC fast</source>
            <translation>直流快充</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="149" />
            <source>public Level 2</source>
            <translation>公共交流慢充</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="152" />
            <source>Reserve kept</source>
            <translation>保留电量</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="152" />
            <source>{:.0%} of range</source>
            <translation>续航的 {:.0%}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="168" />
            <source> ({:.1f} h)</source>
            <translation>（{:.1f} 小时）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="172" />
            <source> (+ {} at a relative's)</source>
            <translation>（另加亲友家 {}）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="175" />
            <source>{share} (EPA {epa})</source>
            <translation>{share}（EPA {epa}）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="182" />
            <source>plug-in</source>
            <translation>插电车型</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="183" />
            <source>days on home charge</source>
            <translation>靠家充的天数</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="185" />
            <source>DC stops (hours)</source>
            <translation>快充次数（小时）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="186" />
            <source>Jan DC stops</source>
            <translation>一月快充次数</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="187" />
            <source>range winter / summer</source>
            <translation>冬季 / 夏季续航</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="188" />
            <source>energy home / work / public</source>
            <translation>能源费 家 / 单位 / 公共</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="189" />
            <source>electric km</source>
            <translation>纯电公里数</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="189" />
            <source>electric miles</source>
            <translation>纯电英里数</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="200" />
            <source>Each bar counts the household's days by distance; each plug-in's usable range (after the reserve) is marked in its warmest (solid) and coldest (dashed) month.</source>
            <translation>每根柱子按行驶距离统计家庭的出行天数；各插电车型的可用续航（扣除保留电量）分别标出最暖月（实线）和最冷月（虚线）。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="205" />
            <source>Energy cost by month in the first year: the climate and where the car charges.</source>
            <translation>第一年每月的能源费用：反映气候和充电地点。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="211" />
            <source>How this is worked out: the year is 365 days of the household's driving; each day a plug-in uses workplace charging, then its battery down to the reserve, then public charging (DC fast on long trips: a session from the reserve to 80%); each night at home it recharges at the home charger's power. Monthly climate factors: {factors}. Temperatures: {temperatures}.</source>
            <translation>计算方法：一年按家庭 365 天的行驶计算；插电车型每天先用单位充电，再用电池电量直到保留电量，然后公共充电（长途用直流快充：每次从保留电量充到 80%）；每晚在家时按家用充电桩的功率充电。逐月气候系数：{factors}。气温：{temperatures}。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="243" />
            <source>Over {years} years and {distance}, in tonnes of CO2 (fuel production: extracting, refining and delivering the fuel before it is burned).</source>
            <translation>{years} 年、{distance}的二氧化碳排放，单位为吨（燃油生产：燃烧之前开采、炼制和运输燃油的排放）。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="252" />
            <source>tailpipe</source>
            <translation>尾气</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="253" />
            <source>fuel production (upstream)</source>
            <translation>燃油生产（上游）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="254" />
            <source>electricity</source>
            <translation>用电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="261" />
            <source>CO2 over {} years by where it comes out.</source>
            <translation>{} 年的二氧化碳排放，按排放来源分。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="268" />
            <source>Fuel production</source>
            <translation>燃油生产</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="269" />
            <location filename="buyer_app/text/thresholds.py" line="15" />
            <location filename="buyer_app/ui/whatif.py" line="19" />
            <source>Electricity</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="272" />
            <location filename="buyer_app/report/appendix.py" line="277" />
            <source> (as of {})</source>
            <translation>（截至 {}）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="276" />
            <source>Grid used</source>
            <translation>所用电网</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="285" />
            <source>{distance:,.0f} {unit} a year</source>
            <translation>每年 {distance:,.0f} {unit}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="286" />
            <location filename="buyer_app/report/summary_pages.py" line="121" />
            <location filename="buyer_app/ui/driving_panel.py" line="157" />
            <source>miles</source>
            <translation>英里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="301" />
            <source>the same source as “{}” above</source>
            <translation>与上面“{}”的来源相同</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="305" />
            <location filename="buyer_app/report/uncertainty_section.py" line="255" />
            <location filename="buyer_app/report/workbook.py" line="299" />
            <source>input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="305" />
            <location filename="buyer_app/report/appendix.py" line="132" />
            <location filename="buyer_app/report/uncertainty_section.py" line="255" />
            <location filename="buyer_app/report/workbook.py" line="299" />
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="305" />
            <location filename="buyer_app/report/uncertainty_section.py" line="255" />
            <location filename="buyer_app/report/workbook.py" line="299" />
            <source>source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="305" />
            <location filename="buyer_app/report/workbook.py" line="299" />
            <source>as of</source>
            <translation>截至</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="322" />
            <location filename="buyer_app/report/workbook.py" line="49" />
            <source>lines never cross</source>
            <translation>曲线始终不相交</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="325" />
            <source>Appendix</source>
            <translation>附录</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="326" />
            <source>The vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="328" />
            <location filename="buyer_app/ui/vehicle_model.py" line="30" />
            <source>EPA label</source>
            <translation>EPA 标定</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="342" />
            <source>Results in detail</source>
            <translation>详细结果</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="349" />
            <source>cheaper than the {}</source>
            <translation>何时比 {} 更便宜</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="350" />
            <location filename="buyer_app/report/appendix.py" line="240" />
            <location filename="buyer_app/ui/chart_tabs.py" line="54" />
            <source>CO2</source>
            <translation>二氧化碳</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="359" />
            <location filename="buyer_app/report/appendix.py" line="235" />
            <source>{:,.1f} t</source>
            <translation>{:,.1f} 吨</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="368" />
            <source>Per km: the total divided by the kilometres driven over {years} years. The last column but one: when the car has become the cheaper one to have owned (what was paid, less what it would sell for then).</source>
            <translation>每公里：总费用除以 {years} 年内行驶的公里数。倒数第二列：该车何时成为持有总成本更低的那辆（已支付的费用减去届时的转售价）。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="373" />
            <source>Per mile: the total divided by the miles driven over {years} years. The last column but one: when the car has become the cheaper one to have owned (what was paid, less what it would sell for then).</source>
            <translation>每英里：总费用除以 {years} 年内行驶的英里数。倒数第二列：该车何时成为持有总成本更低的那辆（已支付的费用减去届时的转售价）。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="384" />
            <source>purchase and tax</source>
            <translation>购车及税</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="385" />
            <source>loan interest</source>
            <translation>贷款利息</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="386" />
            <location filename="buyer_app/text/choices.py" line="156" />
            <source>energy</source>
            <translation>能源</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="387" />
            <location filename="buyer_app/text/uncertainty.py" line="25" />
            <source>maintenance and repair</source>
            <translation>保养和维修</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="388" />
            <location filename="buyer_app/text/choices.py" line="158" />
            <location filename="buyer_app/text/uncertainty.py" line="26" />
            <source>insurance</source>
            <translation>保险</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="389" />
            <location filename="buyer_app/text/choices.py" line="159" />
            <source>fees</source>
            <translation>税费</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="391" />
            <source>resale (credited)</source>
            <translation>转售（抵减）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="398" />
            <source>Year by year</source>
            <translation>逐年费用</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="401" />
            <source>cost of owning so far</source>
            <translation>累计持有成本</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="403" />
            <location filename="buyer_app/report/workbook.py" line="191" />
            <source>year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="413" />
            <source>Methodology and sources</source>
            <translation>方法与来源</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="416" />
            <source>Energy follows the EPA / fueleconomy.gov method: city and highway miles divided by EPA's unrounded city and highway MPG (or times kWh per 100 miles, measured at the wall), day by day for the household's driving pattern and climate; plug-in hybrids put each day's miles on electricity up to what the battery holds (EPA's utility factors when no pattern is set; a plug-in hybrid is plugged in on the nights the household says). Maintenance rises with age (a used car's from its age). Resale follows each car's published curve (its model's five-year figure where one is published, else its body class and powertrain's), from its age when bought, credited in the last year. Insurance is estimated for each car from its state, body, powertrain and value. Fees are the state's title, registration and value-based taxes by age. A loan's principal counts as purchase and its interest as financing. Break-even is when the lines of the cost of ownership so far cross: what was paid, less what the car would sell for at that moment, plus any loan still owed.</source>
            <translation>能源费用采用 EPA / fueleconomy.gov 的方法：市区和高速里程分别除以 EPA 未取整的市区和高速 MPG（电动车则乘以在插座端测得的每百英里千瓦时数），按家庭的行驶模式和气候逐日计算；插电混动每天先用电行驶，直到电池电量用完（未设置行驶模式时采用 EPA 的效用系数；插电混动在家庭指定的夜晚充电）。保养费用随车龄增加（二手车从其车龄开始）。转售价按每辆车公布的残值曲线（有该车型五年残值数据时采用，否则按车身类别和动力类型），从购买时的车龄起算，在最后一年抵减。保险按每辆车所在州、车身、动力类型和价值估算。税费为州的按车龄计算的产权、登记和按价值征收的税费。贷款本金计入购车，利息计入融资。盈亏平衡点是累计持有成本曲线相交的时点：已支付的费用减去该车当时的转售价，再加上尚欠的贷款。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="432" />
            <location filename="buyer_app/ui/sources_dialog.py" line="128" />
            <source>Each car's own figures</source>
            <translation>每辆车自己的数据</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="434" />
            <source>figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="434" />
            <source>where it comes from</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix.py" line="446" />
            <source>Vehicle data: {url} (public domain), file of {date}. Battery and charging specs: OpenEV Data 1.24.0 (CDLA-Permissive-2.0) and Chargeprice Open EV Data 2021 (MIT). Base MSRPs: curated table, newest price as of {prices}, source per row.</source>
            <translation>车辆数据：{url}（公有领域），{date} 版文件。电池和充电参数：OpenEV Data 1.24.0（CDLA-Permissive-2.0）和 Chargeprice Open EV Data 2021（MIT）。基础指导价：人工整理的表格，最新价格截至 {prices}，每行注明来源。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="30" />
            <source>your own entry: always counted, not checked by the app</source>
            <translation>你自己填写的：始终计入，本应用不核对</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="32" />
            <source>dates: {dates}; source: {source}; last checked {checked}</source>
            <translation>日期：{dates}；来源：{source}；最近核实 {checked}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="39" />
            <location filename="buyer_app/report/appendix_incentives.py" line="77" />
            <location filename="buyer_app/report/appendix_incentives.py" line="120" />
            <location filename="buyer_app/report/appendix_incentives.py" line="135" />
            <location filename="buyer_app/ui/incentives_view.py" line="92" />
            <source>not applied</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="61" />
            <source>incentive</source>
            <translation>补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="62" />
            <source>offered by</source>
            <translation>提供方</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="63" />
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="64" />
            <source>why not applied (or a note)</source>
            <translation>不适用的原因（或备注）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="65" />
            <source>when paid</source>
            <translation>发放时间</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="78" />
            <source>({} catalogue entries)</source>
            <translation>（目录中 {} 条）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="86" />
            <source>Total applied</source>
            <translation>已计入合计</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="103" />
            <location filename="buyer_app/report/summary_pages.py" line="289" />
            <location filename="buyer_app/text/region.py" line="113" />
            <source>Incentives on {day} in {state}</source>
            <translation>{day} 在 {state} 的补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="107" />
            <source> The amounts applied are in the totals on page 1 (a tax credit is worth its full amount only if you owe that much tax).</source>
            <translation>已计入的金额包含在第 1 页的总费用中（只有你的应纳税额不少于抵免额时，税收抵免才能全额兑现）。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="118" />
            <source>{label}: {amount} applied</source>
            <translation>{label}：已计入 {amount}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="125" />
            <location filename="buyer_app/report/uncertainty_section.py" line="116" />
            <location filename="buyer_app/text/wording.py" line="48" />
            <source> and the </source>
            <translation>和</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="128" />
            <source>Also not applied, for the same reasons as listed above for the {where}: {count} more catalogue entries.</source>
            <translation>另有 {count} 条目录项目同样不适用，原因与上面 {where} 所列相同。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="130" />
            <source>Not applied, for the same reasons as listed above for the {where}: {count} catalogue entries.</source>
            <translation>{count} 条目录项目不适用，原因与上面 {where} 所列相同。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/appendix_incentives.py" line="136" />
            <source>Incentive catalogue: {}</source>
            <translation>补贴目录：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/data_note.py" line="19" />
            <source>Data used:</source>
            <translation>所用数据：</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="34" />
            <source> a year</source>
            <translation>/年</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="35" />
            <source> per kWh</source>
            <translation>/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="36" />
            <source> per gallon</source>
            <translation>/加仑</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="37" />
            <source> a mile</source>
            <translation>/英里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="38" />
            <source> a minute</source>
            <translation>/分钟</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="40" />
            <location filename="buyer_app/report/workbook.py" line="231" />
            <source>miles a year</source>
            <translation>英里/年</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="40" />
            <location filename="buyer_app/report/workbook.py" line="241" />
            <source>a year</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="85" />
            <location filename="buyer_app/ui/sources_dialog.py" line="52" />
            <source>today ({})</source>
            <translation>今天（{}）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="89" />
            <location filename="buyer_app/report/plain.py" line="89" />
            <source>none chosen (US figures)</source>
            <translation>未选择（美国数据）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="92" />
            <location filename="buyer_app/text/thresholds.py" line="57" />
            <source>{:,.0f} km a year</source>
            <translation>{:,.0f} 公里/年</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="94" />
            <source> per litre</source>
            <translation>/升</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="96" />
            <source> a km</source>
            <translation>/公里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="108" />
            <location filename="buyer_app/text/market.py" line="154" />
            <location filename="buyer_app/text/market.py" line="155" />
            <source>{} a year</source>
            <translation>每年 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="122" />
            <location filename="buyer_app/report/workbook.py" line="48" />
            <location filename="buyer_app/text/market.py" line="163" />
            <source>your figure</source>
            <translation>你填写的数字</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="126" />
            <source>{} figures</source>
            <translation>{} 数据</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="129" />
            <location filename="buyer_app/report/workbook.py" line="48" />
            <source>app default</source>
            <translation>应用默认值</translation>
        </message>
        <message>
            <location filename="buyer_app/report/plain.py" line="135" />
            <source>{head}: {words}</source>
            <translation>{head}：{words}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="56" />
            <source>Two scenarios side by side</source>
            <translation>两种情景并列比较</translation>
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="59" />
            <source>The household in each scenario</source>
            <translation>各情景中的家庭</translation>
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="61" />
            <source>What each car costs</source>
            <translation>每辆车的花费</translation>
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="65" />
            <source>over {n} years</source>
            <translation>{n} 年内</translation>
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="67" />
            <source>over {a} years in A and {b} years in B</source>
            <translation>A 中 {a} 年、B 中 {b} 年内</translation>
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="69" />
            <source>Totals are the price less incentives plus every running cost {years}, less the car's value at the end; a month is the total spread over the months kept. A car without a known price shows no cost.</source>
            <translation>总费用 = 车价减去补贴，加上 {years}的全部使用成本，再减去到期时的车辆残值；月均费用是总费用按持有月数平摊。没有已知价格的车不显示费用。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="75" />
            <source>Made by Vehicle Buyer on</source>
            <translation>由 Vehicle Buyer 生成于</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary.py" line="45" />
            <source>What each total is made of; incentives and resale reduce it (below zero).</source>
            <translation>每项总费用的构成；补贴和转售价使其减少（低于零的部分）。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary.py" line="50" />
            <source>Energy cost for each year of ownership.</source>
            <translation>持有期间每年的能源费用。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="50" />
            <location filename="buyer_app/text/scenarios.py" line="141" />
            <location filename="buyer_app/ui/comparison_model.py" line="21" />
            <location filename="buyer_app/ui/vehicle_model.py" line="29" />
            <source>Vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="51" />
            <source>Total, {} years</source>
            <translation>{} 年总计</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="52" />
            <source>A month</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="68" />
            <source>Charging:</source>
            <translation>充电：</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="84" />
            <source>Vehicle Buyer summary, {made}: what each car costs your household to own over {years} years, bought {day} in {place}: buying it, energy, upkeep, insurance and fees, less incentives and what it sells for at the end.</source>
            <translation>Vehicle Buyer 摘要，{made}：{day} 在 {place} 购买、持有 {years} 年，每辆车让你的家庭总共花多少钱：购车、能源、保养、保险和税费，减去补贴和到期时的转售价。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="101" />
            <source>A car without a price has no total: enter your price (or the dealer's) in the app to compare it.</source>
            <translation>没有价格的车没有总费用：请在应用中填写你的价格（或经销商报价）后再比较。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="107" />
            <source>The cost of owning each car so far: what was paid, less what it would sell for then. Where two lines cross, the car dearer to buy has become the cheaper one to have owned.</source>
            <translation>每辆车截至各时点的持有成本：已支付的费用减去届时的转售价。两条线相交之处，购车更贵的那辆已成为持有总成本更低的那辆。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="124" />
            <source>{} a litre (regular)</source>
            <translation>{}/升（普通汽油）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="124" />
            <source>{} a gallon (regular)</source>
            <translation>{}/加仑（普通汽油）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="125" />
            <source>{} per kWh</source>
            <translation>{}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="127" />
            <source>; off-peak {price} for {share:.0%} of home charging</source>
            <translation>；{share:.0%} 的家中充电按谷电价 {price}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="131" />
            <source>; home charging on the rate plan {name}, from {hour:02d}:00</source>
            <translation>；家庭充电按电价方案 {name}，{hour:02d}:00 开始</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="136" />
            <source>, charger and installation {}</source>
            <translation>，充电桩及安装 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="139" />
            <source>: {down:.0%} down, {apr:.2%} a year, {months} months</source>
            <translation>：首付 {down:.0%}，年利率 {apr:.2%}，{months} 个月</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="143" />
            <source>{} a year for each car</source>
            <translation>每辆车每年 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="146" />
            <source>estimated for each car from its price, body and type</source>
            <translation>按每辆车的价格、车身和动力类型估算</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="148" />
            <source>electric {bev}, plug-in hybrid {phev}, hybrid {hev} a year more than a gasoline car</source>
            <translation>与燃油车相比每年多：纯电 {bev}，插混 {phev}，混动 {hev}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="151" />
            <source>not chosen</source>
            <translation>未选择</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="153" />
            <source>Sales tax</source>
            <translation>销售税</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="153" />
            <source>Registration fees</source>
            <translation>登记费</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="155" />
            <location filename="buyer_app/report/summary_pages.py" line="171" />
            <location filename="buyer_app/report/workbook.py" line="175" />
            <source>Vehicle figures</source>
            <translation>车辆数据</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="156" />
            <source>EPA fuel economy and range labels</source>
            <translation>EPA 油耗和续航标定</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="157" />
            <location filename="buyer_app/report/workbook.py" line="167" />
            <source>fueleconomy.gov, file of {date}; base prices as of {prices}</source>
            <translation>fueleconomy.gov，{date} 版文件；基础价格截至 {prices}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="162" />
            <location filename="buyer_app/text/market.py" line="160" />
            <source>Purchase tax</source>
            <translation>车辆购置税</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="162" />
            <source>Vehicle and vessel tax</source>
            <translation>车船税</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="163" />
            <source>{amount} a year for a fuel car; hybrid {hev:.0%} of it, plug-in hybrid {phev:.0%}, electric {bev:.0%}</source>
            <translation>燃油车每年 {amount}；混动按其 {hev:.0%}，插混 {phev:.0%}，纯电 {bev:.0%}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="172" />
            <source>makers' {cycle} figures, range x{factor:.2f} for real-world driving</source>
            <translation>厂商 {cycle} 工况数据，实际续航按 ×{factor:.2f} 折算</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="175" />
            <source>{name} pack ({built}); guide prices as of {prices}</source>
            <translation>{name} 数据包（{built}）；指导价截至 {prices}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="180" />
            <source>Years you keep the car</source>
            <translation>持有年限</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="183" />
            <source>{distance:,.0f} {unit} a year, {city:.0%} in town</source>
            <translation>每年 {distance:,.0f} {unit}，市区占 {city:.0%}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="186" />
            <source>your driving pattern</source>
            <translation>你的行驶模式</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="188" />
            <location filename="buyer_app/text/choices.py" line="117" />
            <location filename="buyer_app/text/thresholds.py" line="14" />
            <location filename="buyer_app/ui/whatif.py" line="18" />
            <source>Gasoline</source>
            <translation>燃油</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="189" />
            <source>Electricity at home</source>
            <translation>家中电价</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="190" />
            <source>Income and home</source>
            <translation>收入和住房</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="190" />
            <source>your figures (for incentives with an income limit)</source>
            <translation>你填写的数字（用于有收入上限的补贴）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="191" />
            <source>Electric utility</source>
            <translation>电力公司</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="191" />
            <location filename="buyer_app/report/summary_pages.py" line="198" />
            <source>your choice</source>
            <translation>你的选择</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="191" />
            <source>utility programs not counted</source>
            <translation>电力公司的项目不计入</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="192" />
            <location filename="buyer_app/text/field_words.py" line="58" />
            <location filename="buyer_app/text/scenarios.py" line="130" />
            <source>Charging at home</source>
            <translation>家中充电</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="194" />
            <source>Public fast charging</source>
            <translation>公共快充</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="198" />
            <source>Paying by</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="200" />
            <source>Insurance</source>
            <translation>保险</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="202" />
            <source>Resale at the end</source>
            <translation>到期转售</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="215" />
            <source>not running on the purchase date</source>
            <translation>个在购车日未实施</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="217" />
            <source>for other utilities' customers</source>
            <translation>个面向其他电力公司用户</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="219" />
            <source>limited to an area</source>
            <translation>个限于特定地区</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="221" />
            <source>income rules</source>
            <translation>个受收入规则限制</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="223" />
            <source>other conditions (price caps, charger, who may apply)</source>
            <translation>个受其他条件限制（价格上限、充电桩、申请人资格）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="224" />
            <source>{n} {why}</source>
            <translation>{n} {why}</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/report/summary_pages.py" line="225" />
            <source>{count} other program in the catalogue do not apply: {parts}.</source>
            <extracomment>plural: {count} other programs in the catalogue do not apply: {parts}.</extracomment>
            <translation>
                <numerusform>目录中另有 {count} 个项目不适用：{parts}。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="235" />
            <source>{name} ({who}): </source>
            <translation>{name}（{who}）：</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="236" />
            <source>{amount}, {when}</source>
            <translation>{amount}，{when}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="240" />
            <source>none applies</source>
            <translation>没有适用的补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="242" />
            <source>and {} more, all in the totals (listed in the appendix)</source>
            <translation>另有 {} 项，均已计入总费用（见附录）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="248" />
            <source>{} counted</source>
            <translation>已计入 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="260" />
            <source>{name} {condition}</source>
            <translation>{name}：{condition}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="264" />
            <source>{} more (in the appendix)</source>
            <translation>另有 {} 项（见附录）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="267" />
            <source>{} programs for one utility's customers each (choose your utility)</source>
            <translation>{} 个项目各自只面向一家电力公司的用户（请选择你的电力公司）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="269" />
            <source>{} programs of a town or county the app cannot check</source>
            <translation>{} 个市镇或县的项目，本应用无法核对</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="271" />
            <source>Could apply if something changed: {}.</source>
            <translation>情况变化后可能适用：{}。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="271" />
            <location filename="buyer_app/text/driving_log.py" line="69" />
            <location filename="buyer_app/text/driving_log.py" line="134" />
            <location filename="buyer_app/text/field_words.py" line="202" />
            <location filename="buyer_app/text/market.py" line="119" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="284" />
            <source>What this assumes</source>
            <translation>本结果的假设</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="286" />
            <source>For</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="286" />
            <source>Figure used</source>
            <translation>所用数字</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="287" />
            <source>Where it comes from</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="291" />
            <source>Counted in the totals on page 1.</source>
            <translation>已计入第 1 页的总费用。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="294" />
            <source> Federal tax credits for new electric cars ended on 2025-09-30; a tax credit is worth its full amount only if you owe that much tax.</source>
            <translation>新电动车的联邦税收抵免已于 2025-09-30 结束；只有你的应纳税额不少于抵免额时，税收抵免才能全额兑现。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="310" />
            <source>The appendix that follows has the year-by-year costs, how sure the answer is, charging, CO2, every incentive with its reasons, and the methodology and sources.</source>
            <translation>后面的附录包括逐年费用、结论的确定程度、充电、二氧化碳排放、每项补贴及其原因，以及方法和来源。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/summary_pages.py" line="315" />
            <source>An appendix with the year-by-year costs, charging, CO2, every incentive and the methodology can be included when exporting the PDF.</source>
            <translation>导出 PDF 时可以附上附录：逐年费用、充电、二氧化碳排放、每项补贴以及计算方法。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="34" />
            <source>no price: not counted</source>
            <translation>无价格：不计入</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="35" />
            <location filename="buyer_app/text/uncertainty.py" line="61" />
            <source>over 99%</source>
            <translation>超过 99%</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="35" />
            <location filename="buyer_app/text/uncertainty.py" line="61" />
            <source>under 1%</source>
            <translation>不到 1%</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="45" />
            <source> No other vehicle has a known price, so none is compared with it.</source>
            <translation>其他车辆都没有已知价格，因此没有与之比较。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="46" />
            <source>Over {years} years the {label} costs between {p10} and {p90} in eight of ten of the {draws:,} futures simulated (median {p50}).{others}</source>
            <translation>在模拟的 {draws:,} 种未来情景中，有八成情况下 {label} {years} 年的花费在 {p10} 到 {p90} 之间（中位数 {p50}）。{others}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="80" />
            <source>— (nothing to compare)</source>
            <translation>—（无可比较）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="85" />
            <source>chance of being the cheapest</source>
            <translation>最省钱的概率</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="86" />
            <source>P10 total</source>
            <translation>P10 总费用</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="87" />
            <source>median total</source>
            <translation>总费用中位数</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="88" />
            <source>P90 total</source>
            <translation>P90 总费用</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="89" />
            <location filename="buyer_app/report/uncertainty_section.py" line="134" />
            <source>single estimate</source>
            <translation>单点估算</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="104" />
            <source>Add a second vehicle to see how sure the difference between two of them is.</source>
            <translation>再添加一辆车，才能看到两车差额有多确定。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="112" />
            <source>No price is known for the {cars}, so the two cannot be compared in full: the difference, its chances, what moves it and the thresholds are left out. Enter a price for each to see them.</source>
            <translation>{cars} 没有已知价格，因此两车无法完整比较：差额、其概率、影响因素和临界值均略去。为每辆车填写价格即可查看。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="123" />
            <location filename="buyer_app/report/uncertainty_section.py" line="109" />
            <source>The {b} against the {a}</source>
            <translation>{b} 对比 {a}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="125" />
            <source>The difference is the {b}'s total minus the {a}'s: below zero the {b} is the cheaper one. </source>
            <translation>差额 = {b} 的总费用减去 {a} 的总费用：小于零时 {b} 更便宜。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="129" />
            <source>The {b} is the cheaper of the two in {chance} of the futures.</source>
            <translation>在 {chance} 的未来情景中，{b} 是两者中更便宜的。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="134" />
            <source>median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="135" />
            <source>difference in total</source>
            <translation>总费用差额</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="143" />
            <source>Chance the {b} has cost no more than the {a} so far (has paid back any higher price), counting what each would sell for then:</source>
            <translation>截至各年份 {b} 的累计花费不超过 {a}（已赚回较高车价）的概率，计入届时各自的转售价：</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="152" />
            <source>by year {}</source>
            <translation>第 {} 年前</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="160" />
            <source>Each input alone moved to its P10 (blue) and P90 (orange) over the period, the others as in the single estimate; the black line is the single estimate's difference, the dotted line zero. The largest effect is on top.</source>
            <translation>每项输入单独在整个期间移到其 P10（蓝色）和 P90（橙色），其余按单点估算；黑线为单点估算的差额，虚线为零。影响最大的排在最上面。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="171" />
            <source>What would have to change for the answer to flip</source>
            <translation>什么变化会让结论反转</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="173" />
            <source> (solved with the full cost model, each input alone):</source>
            <translation>（用完整的成本模型求解，每项输入单独变化）：</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="184" />
            <source>{value:g} ({points:g} points a year)</source>
            <translation>{value:g}（每年 {points:g} 个百分点）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="185" />
            <source>{value:g} (about {share:.0%})</source>
            <translation>{value:g}（约 {share:.0%}）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="191" />
            <source>Method.</source>
            <translation>方法。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="193" />
            <source>{draws:,} futures were drawn with the seed {seed}; every vehicle sees the same futures (common random numbers), so a difference between two cars is not noise. Gasoline and electricity prices follow a random walk in log around the household's own price path (their yearly changes correlated as in the table); annual miles, maintenance and repair, insurance and, for plug-ins, battery health at resale are log-normal around the single estimate's values; the yearly loss of value is normal around each powertrain's rate, clipped to 0-95% a year. Totals are the net cost of ownership over {years} years, as in the results. P10 and P90: one future in ten costs less, one in ten costs more. The tornado moves one input at a time to its P10 and P90 over the period; thresholds are solved, not read off a grid. The same inputs, number of futures, seed and spreads give the same figures again.</source>
            <translation>以随机种子 {seed} 抽取了 {draws:,} 种未来情景；每辆车面对相同的未来情景（公共随机数），因此两车之间的差额不是噪声。油价和电价围绕家庭自己的价格路径做对数随机游走（其年度变化按表中相关系数相关）；年行驶里程、保养和维修、保险，以及插电车型转售时的电池健康度，围绕单点估算值呈对数正态分布；年贬值率围绕各动力类型的比率呈正态分布，限制在每年 0-95%。总费用为 {years} 年的净持有成本，与结果一致。P10 和 P90：十种未来中有一种花费更少，一种花费更多。龙卷风图每次只把一项输入在整个期间移到其 P10 和 P90；临界值是求解得出的，而不是从网格中读取。相同的输入、情景数、随机种子和分布参数会得到相同的数字。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="215" />
            <source>How sure is this?</source>
            <translation>结论有多确定？</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="219" />
            <source>Prices, miles, resale, repairs, insurance and battery health were varied over {draws:,} simulated futures (seed {seed}). Totals over {years} years; P10 to P90 holds eight futures in ten; the single estimate is the result above. A vehicle without a known price is never counted as the cheapest.</source>
            <translation>价格、里程、转售价、维修、保险和电池健康度在 {draws:,} 种模拟未来情景（随机种子 {seed}）中变化。总费用为 {years} 年；P10 到 P90 涵盖十种未来中的八种；单点估算即上面的结果。没有已知价格的车从不算作最省钱。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="229" />
            <source>Shaded: P10 to P90 of the cost of ownership so far (if sold then); dashed: the median; solid: the single estimate.</source>
            <translation>阴影：截至各时点持有成本（假设届时卖出）的 P10 到 P90；虚线：中位数；实线：单点估算。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="239" />
            <source>Share of the futures in which each vehicle has the lowest total.</source>
            <translation>每辆车总费用最低的未来情景占比。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/uncertainty_section.py" line="246" />
            <source>Spreads used</source>
            <translation>所用分布参数</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="48" />
            <source>regional table</source>
            <translation>地区数据表</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="120" />
            <location filename="buyer_app/text/units.py" line="76" />
            <source>per km</source>
            <translation>每公里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="120" />
            <location filename="buyer_app/text/units.py" line="76" />
            <source>per mile</source>
            <translation>每英里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="127" />
            <source>total over {years} years</source>
            <translation>{years} 年总计</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="128" />
            <source>per month</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="131" />
            <source>break-even against the {label} (years)</source>
            <translation>相对 {label} 的回本时间（年）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="132" />
            <source>range ({unit})</source>
            <translation>续航（{unit}）</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="157" />
            <location filename="buyer_app/ui/main_window.py" line="204" />
            <location filename="buyer_app/ui/start_preview.py" line="79" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="160" />
            <source>Plate</source>
            <translation>牌照</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="163" />
            <source>{market} pack built {built}; prices as of {prices}</source>
            <translation>{market} 数据包，生成于 {built}；价格截至 {prices}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="172" />
            <source>Profile</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="173" />
            <source>Made</source>
            <translation>生成日期</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="174" />
            <source>Amounts in</source>
            <translation>金额单位</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="178" />
            <source>A car with no price yet: its total is its running costs only.</source>
            <translation>尚无价格的车：其总计只含使用成本。</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="191" />
            <source>year's total</source>
            <translation>当年合计</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="215" />
            <source>incentives counted</source>
            <translation>计入的优惠</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="226" />
            <source>{currency} a year</source>
            <translation>{currency}/年</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="227" />
            <source>{currency} per gallon</source>
            <translation>{currency}/加仑</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="228" />
            <source>{currency} per kWh</source>
            <translation>{currency}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="229" />
            <source>{currency} per mile</source>
            <translation>{currency}/英里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="230" />
            <source>{currency} per minute</source>
            <translation>{currency}/分钟</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="232" />
            <location filename="buyer_app/text/field_words.py" line="103" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="233" />
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="234" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="64" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="64" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="235" />
            <source>lb per MWh</source>
            <translation>磅/兆瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="236" />
            <source>minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="237" />
            <location filename="buyer_app/text/field_words.py" line="106" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="238" />
            <location filename="buyer_app/text/field_words.py" line="107" />
            <source>nights</source>
            <translation>晚</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="239" />
            <location filename="buyer_app/text/field_words.py" line="108" />
            <source>people</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="240" />
            <location filename="buyer_app/text/field_words.py" line="109" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="251" />
            <source>km a year</source>
            <translation>公里/年</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="251" />
            <source>{currency} per litre</source>
            <translation>{currency}/升</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="251" />
            <source>{currency} per km</source>
            <translation>{currency}/公里</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="299" />
            <source>unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="299" />
            <source>whose figure</source>
            <translation>数字来源</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="304" />
            <source>your driving pattern: {}</source>
            <translation>你的驾驶模式：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/report/workbook.py" line="329" />
            <source>Assumptions</source>
            <translation>假设</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="69" />
            <source>The only car with a price so far: give the others one to compare.</source>
            <translation>目前只有这辆车有价格：给其他车也填上价格才能比较。</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="71" />
            <source>Cheapest over {years} year, and cheaper from day one.</source>
            <extracomment>plural: Cheapest over {years} years, and cheaper from day one.</extracomment>
            <translation>
                <numerusform>{years} 年内最省钱，而且从第一天起就更便宜。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="79" />
            <source>Cheapest over {years} year: pays back its higher price in {when}.</source>
            <extracomment>plural: Cheapest over {years} years: pays back its higher price in {when}.</extracomment>
            <translation>
                <numerusform>{years} 年内最省钱：较高的车价在 {when} 内赚回。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="84" />
            <source>Pays back its higher price in {when}, yet costs {more} more over {years} year than the {best}.</source>
            <extracomment>plural: Pays back its higher price in {when}, yet costs {more} more over {years} years than the {best}.</extracomment>
            <translation>
                <numerusform>较高的车价在 {when} 内赚回，但 {years} 年内仍比 {best} 多花 {more}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="89" />
            <source>Costs {more} more over {years} year than the {best}.</source>
            <extracomment>plural: Costs {more} more over {years} years than the {best}.</extracomment>
            <translation>
                <numerusform>{years} 年内比 {best} 多花 {more}。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="106" />
            <source>Needs a price</source>
            <translation>需要价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="106" />
            <source>No total until it has one: type your dealer's quote.</source>
            <translation>有了价格才有总费用：请填写经销商的报价。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="108" />
            <source>{} a month</source>
            <translation>每月 {}</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="109" />
            <source>{total} over {years} year</source>
            <extracomment>plural: {total} over {years} years</extracomment>
            <translation>
                <numerusform>{years} 年共 {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="122" />
            <source>base MSRP {}</source>
            <translation>厂商指导价 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="124" />
            <source>guide price {}</source>
            <translation>指导价 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="125" />
            <source>your price {}</source>
            <translation>你的价格 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="134" />
            <source>Your own price for model year {year}, imported from your price file; {source}</source>
            <translation>你自己的 {year} 年款价格，来自你导入的价格文件；{source}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="137" />
            <source>Base MSRP of the {trim} trim, model year {year}, as of {date}; source: {source}</source>
            <translation>{trim} 版本的厂商指导价，{year} 年款，截至 {date}；来源：{source}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="152" />
            <source>Not counted until it has a price</source>
            <translation>有价格后才计入</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="154" />
            <source>Almost sure: cheapest in nearly every future</source>
            <translation>几乎可以肯定：几乎所有未来情景中都最省钱</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="156" />
            <source>Almost never the cheapest</source>
            <translation>几乎从不最省钱</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="159" />
            <source>Rarely: cheapest in under 1 of 10 futures</source>
            <translation>很少：10 种未来中最省钱的不到 1 种</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="160" />
            <source>Very likely</source>
            <translation>很可能</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="160" />
            <source>Likely</source>
            <translation>可能</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="160" />
            <source>A toss-up</source>
            <translation>难分高下</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="160" />
            <source>Unlikely</source>
            <translation>不太可能</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="161" />
            <source>{lead}: cheapest in {n} of 10 futures</source>
            <translation>{lead}：10 种未来中有 {n} 种最省钱</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="177" />
            <source>Range {summer} all year</source>
            <translation>续航全年 {summer}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="177" />
            <source>On battery {summer} all year</source>
            <translation>纯电续航全年 {summer}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="180" />
            <source>Range {summer}, {winter} in {month}</source>
            <translation>续航 {summer}，{month}降至 {winter}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="180" />
            <source>On battery {summer}, {winter} in {month}</source>
            <translation>纯电续航 {summer}，{month}降至 {winter}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="186" />
            <source>Range {} on a tank</source>
            <translation>满箱油续航 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="201" />
            <source>Electric share unknown</source>
            <translation>电驱比例未知</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="201" />
            <source>{:.0%} of your driving electric</source>
            <translation>你的行驶里程中 {:.0%} 用电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="203" />
            <source> (EPA's label: {:.0%})</source>
            <translation>（EPA 标定：{:.0%}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="204" />
            <source>; public charging {} a year</source>
            <translation>；公共充电每年 {}</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="208" />
            <source>At a relative's {} night a week</source>
            <extracomment>plural: At a relative's {} nights a week</extracomment>
            <translation>
                <numerusform>每周 {} 晚在亲友家充电</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="212" />
            <source>No home charging: public about {days} day, {cost} a year</source>
            <extracomment>plural: No home charging: public about {days} days, {cost} a year</extracomment>
            <translation>
                <numerusform>家中无法充电：每年约 {days} 天需公共充电，每年 {cost}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="218" />
            <source>Home covers {:.0%} of your days</source>
            <translation>在家充电可满足你 {:.0%} 的日子</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="220" />
            <source>Charges at home</source>
            <translation>在家充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="223" />
            <source>; no public charging</source>
            <translation>；无需公共充电</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="224" />
            <location filename="buyer_app/text/answer.py" line="209" />
            <source>; public about {days} day, {cost} a year</source>
            <extracomment>plural: ; public about {days} days, {cost} a year</extracomment>
            <translation>
                <numerusform>；每年约 {days} 天需公共充电，每年 {cost}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="234" />
            <location filename="buyer_app/text/charging.py" line="67" />
            <source>Public charging costs about {} a year.</source>
            <translation>公共充电每年约 {}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="283" />
            <source>needs a price</source>
            <translation>需要价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="289" />
            <source>pays back in {}</source>
            <translation>{} 后赚回</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="290" />
            <source>cheaper for {}</source>
            <translation>在 {} 内更便宜</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="292" />
            <source>cheaper from day one</source>
            <translation>从第一天起就更便宜</translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="294" />
            <source>same cost</source>
            <translation>费用相同</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="295" />
            <source>never pays back in {} year</source>
            <extracomment>plural: never pays back in {} years</extracomment>
            <translation>
                <numerusform>{} 年内赚不回</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="55" />
            <source>every night: {}</source>
            <translation>每晚：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="59" />
            <source>; {visits} overnight visits a year with {plug}</source>
            <translation>；每年 {visits} 次在外过夜，使用{plug}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="64" />
            <source>; at a relative's: free</source>
            <translation>；亲友家充电：免费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="64" />
            <source>; at a relative's {}/kWh</source>
            <translation>；亲友家充电 {}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/text/card.py" line="18" />
            <source>How sure: simulating the futures…</source>
            <translation>有多确定：正在模拟各种未来情景…</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="16" />
            <source>January</source>
            <translation>一月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="17" />
            <source>February</source>
            <translation>二月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="18" />
            <source>March</source>
            <translation>三月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="19" />
            <source>April</source>
            <translation>四月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="20" />
            <source>May</source>
            <translation>五月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="21" />
            <source>June</source>
            <translation>六月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="22" />
            <source>July</source>
            <translation>七月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="23" />
            <source>August</source>
            <translation>八月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="24" />
            <source>September</source>
            <translation>九月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="25" />
            <source>October</source>
            <translation>十月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="26" />
            <source>November</source>
            <translation>十一月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="27" />
            <source>December</source>
            <translation>十二月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="35" />
            <source>Range unknown in the database, so daily coverage cannot be judged.</source>
            <translation>数据库中没有续航数据，无法判断日常充电能否满足需要。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="37" />
            <source>).</source>
            <translation>）。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="37" />
            <source>, about {:.0f} hours).</source>
            <translation>，约 {:.0f} 小时）。</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/charging.py" line="40" />
            <source>Charging at a relative's {} night a week, it</source>
            <extracomment>plural: Charging at a relative's {} nights a week, it</extracomment>
            <translation>
                <numerusform>每周 {} 晚在亲友家充电，</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="44" />
            <source>Without home charging, it</source>
            <translation>家中无法充电，</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="48" />
            <source> needs a public charge on about {days:.0f} days a year ({stops:.0f} DC fast stops</source>
            <translation>每年约 {days:.0f} 天需要公共充电（{stops:.0f} 次直流快充</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="54" />
            <source>Covers {:.0%} of your days from home charging.</source>
            <translation>在家充电可满足你 {:.0%} 的日子。</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/charging.py" line="57" />
            <source>{} road trip</source>
            <extracomment>plural: {} road trips</extracomment>
            <translation>
                <numerusform>{} 次长途自驾</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="58" />
            <source>, about {:.0f} hours a year</source>
            <translation>，每年约 {:.0f} 小时</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="60" />
            <source>Your {trips} add about {stops:.0f} fast charging stops{hours}.</source>
            <translation>你的 {trips} 约需额外 {stops:.0f} 次快充{hours}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="64" />
            <source>Your {trips} need no fast charging.</source>
            <translation>你的 {trips} 无需快充。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="72" />
            <source>In January it needs about {:.0f} fast-charging stop.</source>
            <translation>一月份约需 {:.0f} 次快充。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="74" />
            <source>In January it needs about {:.0f} fast-charging stops.</source>
            <translation>一月份约需 {:.0f} 次快充。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="79" />
            <source>In {month} its usable range ({range} less the reserve) is shorter than your longest regular day ({longest}).</source>
            <translation>{month}的可用续航（{range}，扣除保留电量）短于你平时最长的一天（{longest}）。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="94" />
            <source> (EPA's label assumes {:.0%})</source>
            <translation>（EPA 标定假设 {:.0%}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="97" />
            <source>Without home charging it runs almost only on gasoline: {share:.0%} of your kilometres electric{label}.</source>
            <translation>家中无法充电时几乎只烧油：只有 {share:.0%} 的公里数用电{label}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="99" />
            <source>Without home charging it runs almost only on gasoline: {share:.0%} of your miles electric{label}.</source>
            <translation>家中无法充电时几乎只烧油：只有 {share:.0%} 的英里数用电{label}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="103" />
            <source>About {share:.0%} of your kilometres would be electric{label}.</source>
            <translation>约 {share:.0%} 的公里数将用电行驶{label}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="105" />
            <source>About {share:.0%} of your miles would be electric{label}.</source>
            <translation>约 {share:.0%} 的英里数将用电行驶{label}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="27" />
            <source>married filing jointly</source>
            <translation>已婚合并申报</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="28" />
            <source>single</source>
            <translation>单身</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="29" />
            <location filename="buyer_app/text/incentives.py" line="48" />
            <source>head of household</source>
            <translation>户主申报</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="30" />
            <location filename="buyer_app/text/incentives.py" line="50" />
            <source>married filing separately</source>
            <translation>已婚分别申报</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="32" />
            <source>own</source>
            <translation>自有住房</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="32" />
            <source>rent</source>
            <translation>租房</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="34" />
            <source>average of the latest months</source>
            <translation>最近几个月的平均价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="35" />
            <source>the latest week</source>
            <translation>最近一周的价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="38" />
            <source>published curves by car</source>
            <translation>按车型公布的残值曲线</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="39" />
            <source>your yearly rates below</source>
            <translation>按你在下方填写的年贬值率</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="42" />
            <source>Level 2 (240 V) at home</source>
            <translation>家中二级交流充电（240 V）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="44" />
            <source>No charging at home</source>
            <translation>家中无法充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="46" />
            <source>Flat rate</source>
            <translation>固定电价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="46" />
            <source>Time of use (off-peak price)</source>
            <translation>峰谷分时电价（按谷电价）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="48" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="49" />
            <source>Free</source>
            <translation>免费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="50" />
            <source>Paid</source>
            <translation>付费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="52" />
            <source>per kWh</source>
            <translation>按千瓦时计费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="52" />
            <source>per minute</source>
            <translation>按分钟计费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="53" />
            <source>Public Level 2</source>
            <translation>公共交流慢充</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="54" />
            <source>Cash</source>
            <translation>全款</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="54" />
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="54" />
            <source>Lease</source>
            <translation>租赁</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="58" />
            <source>US (mi, gal, MPG)</source>
            <translation>美制（英里、加仑、MPG）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="59" />
            <source>Metric (km, L/100 km, kWh/100 km)</source>
            <translation>公制（公里、升/百公里、千瓦时/百公里）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="64" />
            <source>Home Level 2</source>
            <translation>家中二级充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="65" />
            <source>Home Level 1</source>
            <translation>家中一级充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="66" />
            <source>Relative's Level 2</source>
            <translation>亲友家二级充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="67" />
            <source>Relative's Level 1</source>
            <translation>亲友家一级充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="68" />
            <location filename="buyer_app/text/choices.py" line="76" />
            <source>No plug</source>
            <translation>不充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="72" />
            <source>Home L2</source>
            <translation>家·二级</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="73" />
            <source>Home L1</source>
            <translation>家·一级</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="74" />
            <source>Relative L2</source>
            <translation>亲友·二级</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="75" />
            <source>Relative L1</source>
            <translation>亲友·一级</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="80" />
            <source>Battery electric (BEV)</source>
            <translation>纯电动（BEV）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="81" />
            <source>Plug-in hybrid (PHEV)</source>
            <translation>插电混动（PHEV）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="82" />
            <source>Hybrid (HEV)</source>
            <translation>油电混动（HEV）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="83" />
            <source>Gasoline (ICE)</source>
            <translation>燃油（ICE）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="84" />
            <location filename="buyer_app/text/choices.py" line="118" />
            <source>Diesel</source>
            <translation>柴油</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="85" />
            <source>Flex-fuel (E85)</source>
            <translation>灵活燃料（E85）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="86" />
            <source>Fuel cell (FCEV)</source>
            <translation>燃料电池（FCEV）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="87" />
            <source>Natural gas (CNG)</source>
            <translation>天然气（CNG）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="114" />
            <source>Electric</source>
            <translation>纯电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="115" />
            <source>Plug-in hybrid</source>
            <translation>插混</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="116" />
            <source>Hybrid</source>
            <translation>混动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="119" />
            <source>Flex-fuel</source>
            <translation>灵活燃料</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="120" />
            <source>Fuel cell</source>
            <translation>燃料电池</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="121" />
            <source>Natural gas</source>
            <translation>天然气</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="126" />
            <source>Cars</source>
            <translation>轿车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="127" />
            <source>Two-seaters</source>
            <translation>双座跑车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="128" />
            <source>SUVs</source>
            <translation>SUV</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="129" />
            <source>Pickup trucks</source>
            <translation>皮卡</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="130" />
            <source>Minivans and vans</source>
            <translation>MPV 和厢式车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="154" />
            <source>purchase</source>
            <translation>购车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="155" />
            <source>financing</source>
            <translation>融资</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="157" />
            <source>maintenance</source>
            <translation>保养</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="161" />
            <source>resale</source>
            <translation>转售</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="173" />
            <source>Compact Cars</source>
            <translation>紧凑型轿车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="174" />
            <source>Large Cars</source>
            <translation>大型轿车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="175" />
            <source>Midsize Cars</source>
            <translation>中型轿车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="176" />
            <source>Midsize Station Wagons</source>
            <translation>中型旅行车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="177" />
            <source>Minicompact Cars</source>
            <translation>微型轿车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="178" />
            <source>Minivan</source>
            <translation>多用途车（MPV）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="179" />
            <source>Small Pickup Trucks</source>
            <translation>小型皮卡</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="180" />
            <source>Small Sport Utility Vehicle</source>
            <translation>小型 SUV</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="181" />
            <source>Small Station Wagons</source>
            <translation>小型旅行车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="182" />
            <source>Special Purpose Vehicle</source>
            <translation>特种用途车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="183" />
            <source>Standard Pickup Trucks</source>
            <translation>标准皮卡</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="184" />
            <source>Standard Sport Utility Vehicle</source>
            <translation>标准 SUV</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="185" />
            <source>Subcompact Cars</source>
            <translation>小型轿车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="186" />
            <source>Two Seaters</source>
            <translation>双座车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="187" />
            <source>Vans, Cargo Type</source>
            <translation>厢式货车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="188" />
            <source>Vans, Passenger Type</source>
            <translation>厢式客车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="205" />
            <source>4-Wheel Drive</source>
            <translation>四轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="206" />
            <source>All-Wheel Drive</source>
            <translation>全轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="207" />
            <source>Front-Wheel Drive</source>
            <translation>前轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="208" />
            <source>Part-time 4-Wheel Drive</source>
            <translation>分时四驱</translation>
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="209" />
            <source>Rear-Wheel Drive</source>
            <translation>后轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/currency.py" line="16" />
            <source>US dollars</source>
            <translation>美元</translation>
        </message>
        <message>
            <location filename="buyer_app/text/currency.py" line="16" />
            <source>yuan (CNY)</source>
            <translation>人民币（元）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="12" />
            <source>Vehicle data</source>
            <translation>车辆数据</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="13" />
            <source>Base prices</source>
            <translation>基础价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="14" />
            <location filename="buyer_app/ui/chart_tabs.py" line="122" />
            <source>Incentives</source>
            <translation>补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="15" />
            <source>State figures</source>
            <translation>各州数据</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="16" />
            <source>China vehicles and prices</source>
            <translation>中国车型与价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="17" />
            <source>China city figures</source>
            <translation>中国城市数据</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="18" />
            <source>China incentives</source>
            <translation>中国补贴政策</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="21" />
            <source>EPA fueleconomy.gov</source>
            <translation>美国 EPA fueleconomy.gov</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="22" />
            <source>curated MSRP table</source>
            <translation>人工整理的厂商建议零售价表</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="23" />
            <source>Rewiring America incentives data</source>
            <translation>Rewiring America 补贴数据</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="24" />
            <source>EIA, EPA eGRID and state sources</source>
            <translation>EIA、EPA eGRID 及各州来源</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="25" />
            <location filename="buyer_app/text/field_words.py" line="167" />
            <source>China (mainland)</source>
            <translation>中国大陆</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="36" />
            <source>your import ({source})</source>
            <translation>你导入的数据（{source}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="38" />
            <source>the app's {market} market pack, built {built}</source>
            <translation>本应用的{market}市场包，构建于 {built}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="46" />
            <source>{name}: {source}, {date}</source>
            <translation>{name}：{source}，{date}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="47" />
            <location filename="buyer_app/ui/welcome.py" line="114" />
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="50" />
            <source>(imported {when})</source>
            <translation>（导入于 {when}）</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/data_sets.py" line="60" />
            <source>{n} month old</source>
            <extracomment>plural: {n} months old</extracomment>
            <translation>
                <numerusform>{n} 个月</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="62" />
            <source>{name}: {age} ({date}); refresh it with `{command}`.</source>
            <translation>{name}：距今已 {age}（{date}）；请用 `{command}` 更新。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/data_sets.py" line="65" />
            <source>{name}: {age} ({date}); a new release of the app refreshes it.</source>
            <translation>{name}：距今已 {age}（{date}）；应用的新版本会更新它。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="11" />
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="12" />
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="13" />
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="14" />
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="15" />
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="16" />
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="17" />
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="27" />
            <source>{:,.0f} miles a year, spread evenly (no daily pattern set)</source>
            <translation>每年 {:,.0f} 英里，平均分布（未设置每日模式）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="31" />
            <location filename="buyer_app/text/driving.py" line="61" />
            <source>there and back the same day</source>
            <translation>当天往返</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="31" />
            <location filename="buyer_app/text/driving.py" line="61" />
            <source>back the next day</source>
            <translation>次日返回</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="32" />
            <source>; {count} trips of {miles:,.0f} mi each way ({how})</source>
            <translation>；{count} 次长途，单程各 {miles:,.0f} 英里（{how}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="35" />
            <source>{weekday:,.0f} mi on weekdays, {weekend:,.0f} mi on weekend days{trips}: {annual:,.0f} mi a year</source>
            <translation>工作日每天 {weekday:,.0f} 英里，周末每天 {weekend:,.0f} 英里{trips}：每年 {annual:,.0f} 英里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="40" />
            <source>weekly schedule ({week} mi), {count} long trips: {annual:,.0f} mi a year</source>
            <translation>每周计划（{week} 英里），{count} 次长途：每年 {annual:,.0f} 英里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="44" />
            <source>driving log {source}: {annual:,.0f} mi a year{detail}</source>
            <translation>行驶记录 {source}：每年 {annual:,.0f} 英里{detail}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="57" />
            <source>{annual} {unit} a year, spread evenly (no daily pattern set)</source>
            <translation>每年 {annual} {unit}，平均分布（未设置每日模式）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="62" />
            <source>; {count} trips of {dist} {unit} each way ({how})</source>
            <translation>；{count} 次长途，单程各 {dist} {unit}（{how}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="65" />
            <source>{weekday} {unit} on weekdays, {weekend} {unit} on weekend days{trips}: {annual} {unit} a year</source>
            <translation>工作日每天 {weekday} {unit}，周末每天 {weekend} {unit}{trips}：每年 {annual} {unit}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="70" />
            <source>weekly schedule ({week} {unit}), {count} long trips: {annual} {unit} a year</source>
            <translation>每周计划（{week} {unit}），{count} 次长途：每年 {annual} {unit}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="74" />
            <source>driving log {source}: {annual} {unit} a year{detail}</source>
            <translation>行驶记录 {source}：每年 {annual} {unit}{detail}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="10" />
            <source>CSV log of dates and distances</source>
            <translation>日期与里程的 CSV 记录</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="11" />
            <source>CSV of odometer readings</source>
            <translation>里程表读数的 CSV</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="12" />
            <source>TeslaMate drives export</source>
            <translation>TeslaMate 行程（drives）导出</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="13" />
            <source>TeslaMate Grafana Drives export</source>
            <translation>TeslaMate Grafana「Drives」导出</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="14" />
            <source>Google Takeout location history (Semantic Location History)</source>
            <translation>Google Takeout 位置记录（Semantic Location History）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="15" />
            <source>Google Takeout location history (on-device Timeline)</source>
            <translation>Google Takeout 位置记录（设备端时间轴）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="16" />
            <source>evcc charging sessions export</source>
            <translation>evcc 充电记录导出</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="20" />
            <source>walking</source>
            <translation>步行</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="21" />
            <source>running</source>
            <translation>跑步</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="22" />
            <source>cycling</source>
            <translation>骑行</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="23" />
            <source>flights</source>
            <translation>飞行</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="24" />
            <source>bus</source>
            <translation>公交车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="25" />
            <source>taxi</source>
            <translation>出租车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="26" />
            <source>train</source>
            <translation>火车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="27" />
            <source>subway</source>
            <translation>地铁</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="28" />
            <source>tram</source>
            <translation>有轨电车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="29" />
            <source>ferry</source>
            <translation>渡轮</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="30" />
            <source>motorcycling</source>
            <translation>摩托车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="31" />
            <source>unknown activity</source>
            <translation>未知活动</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="43" />
            <source>{:,} drive</source>
            <extracomment>plural: {:,} drives</extracomment>
            <translation>
                <numerusform>{:,} 次行程</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="45" />
            <source>{:,} activity</source>
            <extracomment>plural: {:,} activities</extracomment>
            <translation>
                <numerusform>{:,} 项活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="47" />
            <location filename="buyer_app/text/driving_log.py" line="60" />
            <source>{:,} session</source>
            <extracomment>plural: {:,} sessions</extracomment>
            <translation>
                <numerusform>{:,} 次充电</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="49" />
            <source>{:,} reading</source>
            <extracomment>plural: {:,} readings</extracomment>
            <translation>
                <numerusform>{:,} 个读数</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="50" />
            <source>{:,} row</source>
            <extracomment>plural: {:,} rows</extracomment>
            <translation>
                <numerusform>{:,} 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="55" />
            <source>{kwh:,.0f} kWh a year (scaled from {days} days)</source>
            <translation>每年 {kwh:,.0f} kWh（由 {days} 天折算）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="57" />
            <source>{kwh:,.0f} kWh in the most recent year</source>
            <translation>最近一年 {kwh:,.0f} kWh</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="59" />
            <source>where and how much you already charge: {sessions}, {total:,.1f} kWh, {year}</source>
            <translation>你已有的充电地点与电量：{sessions}，共 {total:,.1f} kWh，{year}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="66" />
            <source>{place} {kwh:,.1f} kWh ({sessions})</source>
            <translation>{place} {kwh:,.1f} kWh（{sessions} 次）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="66" />
            <source>(no name)</source>
            <translation>（无名称）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="69" />
            <source>by charging point: {}</source>
            <translation>按充电点：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="75" />
            <source>{rows} over {days} ({first} to {last}), {miles:,.0f} mi</source>
            <translation>{rows}，共 {days}（{first} 至 {last}），{miles:,.0f} 英里</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="77" />
            <source>{:,} day</source>
            <extracomment>plural: {:,} days</extracomment>
            <translation>
                <numerusform>{:,} 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="83" />
            <source> (converted from km)</source>
            <translation>（由公里换算）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="83" />
            <source> (km rows converted)</source>
            <translation>（公里行已换算）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="86" />
            <source>repeated to fill a year</source>
            <translation>重复以填满一年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="89" />
            <source>the most recent year is used (from {date})</source>
            <translation>使用最近一年（自 {date} 起）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="91" />
            <source>the most recent year is used (from {date}; {count} before it counted, not used)</source>
            <translation>使用最近一年（自 {date} 起；此前的 {count} 条已计数，未使用）</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="97" />
            <source>{} gap of a week or more (days without entries count as no driving)</source>
            <extracomment>plural: {} gaps of a week or more (days without entries count as no driving)</extracomment>
            <translation>
                <numerusform>{} 处一周或更长的空缺（无记录的日子按未驾驶计）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/driving_log.py" line="105" />
            <source>the distance of {} interval between odometer readings spread evenly over its days</source>
            <extracomment>plural: the distance of {} intervals between odometer readings spread evenly over their days</extracomment>
            <translation>
                <numerusform>{} 个里程表读数间隔的距离已平均分摊到其间各天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="113" />
            <source>{} without an odometer reading (their energy still counts)</source>
            <translation>{} 条没有里程表读数（其电量仍计入）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="114" />
            <source>{} without a distance (in progress when exported), skipped</source>
            <translation>{} 条没有距离（导出时仍在进行），已跳过</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="115" />
            <source>{} without a distance, skipped</source>
            <translation>{} 条没有距离，已跳过</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="116" />
            <source>{} car journeys without a distance, skipped</source>
            <translation>{} 段汽车行程没有距离，已跳过</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="120" />
            <source>{activity} {count:,} ({miles:,.0f} mi)</source>
            <translation>{activity} {count:,} 次（{miles:,.0f} 英里）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="125" />
            <source>not counted as driving: {}</source>
            <translation>未计为驾驶：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="128" />
            <source>outside temperatures driven in, by month: {} F</source>
            <translation>驾驶时的室外气温（按月）：{} F</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="131" />
            <source>outside temperatures for {} of 12 months (too few for a climate)</source>
            <translation>12 个月中只有 {} 个月有室外气温（不足以作为气候）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="134" />
            <source>{format}: {details}.</source>
            <translation>{format}：{details}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/driving_log.py" line="136" />
            <source>Dates such as 03/04/2026 were read as month/day (US order): no date in the file shows which comes first.</source>
            <translation>像 03/04/2026 这样的日期按月/日（美国顺序）读取：文件中没有日期能说明哪个在前。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="18" />
            <location filename="buyer_app/text/field_words.py" line="114" />
            <source>State</source>
            <translation>州</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="19" />
            <source>Electric utility (for utility incentives)</source>
            <translation>电力公司（用于电力公司补贴）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="20" />
            <source>Purchase date</source>
            <translation>购车日期</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="21" />
            <source>Household income (for income-limited incentives)</source>
            <translation>家庭收入（用于有收入限制的补贴）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="22" />
            <source>Tax filing status</source>
            <translation>报税身份</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="23" />
            <source>People in the household</source>
            <translation>家庭人数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="24" />
            <source>Home: own or rent</source>
            <translation>住房：自有或租住</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="25" />
            <source>Years of ownership</source>
            <translation>持有年数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="26" />
            <source>Miles driven a year</source>
            <translation>每年行驶里程</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="27" />
            <source>Share of miles in city driving</source>
            <translation>市区行驶里程占比</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="28" />
            <source>Gasoline price of your state</source>
            <translation>所在地区的汽油价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="29" />
            <source>Regular gasoline price</source>
            <translation>普通汽油价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="30" />
            <source>Midgrade gasoline price</source>
            <translation>中级汽油价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="31" />
            <source>Premium gasoline price</source>
            <translation>高级汽油价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="32" />
            <source>Diesel price</source>
            <translation>柴油价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="33" />
            <source>Electricity price (home charging)</source>
            <translation>电价（家中充电）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="34" />
            <source>Yearly change in fuel prices</source>
            <translation>油价年变化</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="35" />
            <source>Yearly change in electricity price</source>
            <translation>电价年变化</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="36" />
            <source>Sales tax on the vehicle</source>
            <translation>车辆销售税（购置税）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="37" />
            <source>Most the vehicle tax can be (0: no cap)</source>
            <translation>车辆税上限（0：无上限）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="38" />
            <source>Title and first registration (one time)</source>
            <translation>上牌与首次登记（一次性）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="39" />
            <source>Annual registration</source>
            <translation>年度登记费（车船税）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="40" />
            <source>Annual EV registration surcharge</source>
            <translation>纯电动车年度附加费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="41" />
            <source>Annual plug-in hybrid surcharge</source>
            <translation>插电混动车年度附加费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="42" />
            <source>Annual hybrid surcharge</source>
            <translation>混动车年度附加费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="43" />
            <source>Grid CO2 intensity</source>
            <translation>电网二氧化碳强度</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="44" />
            <source>Grid losses (plant to meter)</source>
            <translation>电网损耗（电厂到电表）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="45" />
            <source>Insurance of a mid-size reference car (full coverage)</source>
            <translation>中型参考车的保险（全险）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="46" />
            <source>Insurance, the same for every car (0: estimated for each car)</source>
            <translation>保险，每辆车相同（0：按车估算）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="47" />
            <source>Maintenance, battery-electric</source>
            <translation>保养，纯电动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="48" />
            <source>Maintenance, plug-in hybrid</source>
            <translation>保养，插电混动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="49" />
            <source>Maintenance, hybrid</source>
            <translation>保养，混动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="50" />
            <source>Maintenance, gasoline or diesel</source>
            <translation>保养，汽油或柴油</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="51" />
            <source>Yearly rise of maintenance and repair with age</source>
            <translation>保养维修费用随车龄每年上升</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="52" />
            <source>Resale values</source>
            <translation>残值</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="53" />
            <source>Yearly loss of value, battery-electric</source>
            <translation>每年贬值，纯电动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="54" />
            <source>Yearly loss of value, plug-in hybrid</source>
            <translation>每年贬值，插电混动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="55" />
            <source>Yearly loss of value, hybrid</source>
            <translation>每年贬值，混动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="56" />
            <source>Yearly loss of value, gasoline or diesel</source>
            <translation>每年贬值，汽油或柴油</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="57" />
            <source>Home Level 2 charger installation (plug-ins, one time)</source>
            <translation>家用交流充电桩安装（插电车，一次性）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="59" />
            <source>Home Level 2 charger power</source>
            <translation>家用交流充电桩功率</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="60" />
            <source>Hours plugged in at home each night</source>
            <translation>每晚在家充电小时数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="61" />
            <source>Nights a week a plug-in hybrid is plugged in at home</source>
            <translation>插电混动车每周在家充电的晚数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="62" />
            <source>Home electricity rate</source>
            <translation>家庭电价方式</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="63" />
            <source>Off-peak electricity price (time-of-use)</source>
            <translation>谷时电价（峰谷电价）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="64" />
            <source>Share of home charging done off-peak</source>
            <translation>在谷时完成的家中充电占比</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="65" />
            <source>Charging at work</source>
            <translation>单位充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="66" />
            <source>Workplace charging price (if priced)</source>
            <translation>单位充电价格（如收费）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="67" />
            <source>Days a week the car charges at work</source>
            <translation>每周在单位充电的天数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="68" />
            <source>Workplace charger power</source>
            <translation>单位充电桩功率</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="69" />
            <source>Hours plugged in at work</source>
            <translation>在单位充电小时数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="70" />
            <source>Public Level 2 price</source>
            <translation>公共交流慢充价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="71" />
            <source>DC fast charging price</source>
            <translation>直流快充价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="72" />
            <source>DC fast charging billed</source>
            <translation>直流快充计费方式</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="73" />
            <source>DC fast price per minute (if billed per minute)</source>
            <translation>直流快充每分钟价格（如按分钟计费）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="74" />
            <source>Idle fee after the grace period</source>
            <translation>宽限期后的占位费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="75" />
            <source>Idle minutes per public session</source>
            <translation>每次公共充电的占位分钟数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="76" />
            <source>Public charger for everyday top-ups</source>
            <translation>日常补电用的公共充电桩</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="77" />
            <source>Range kept in reserve</source>
            <translation>预留续航</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="78" />
            <location filename="buyer_app/text/scenarios.py" line="133" />
            <source>How you pay</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="79" />
            <source>Down payment (loan)</source>
            <translation>首付（贷款）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="80" />
            <source>Loan APR</source>
            <translation>贷款年利率</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="81" />
            <source>Loan term</source>
            <translation>贷款期限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="82" />
            <source>Discount rate (present value)</source>
            <translation>折现率（现值）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="87" />
            <source>Kilometres driven a year</source>
            <translation>每年行驶里程</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="88" />
            <source>Share of kilometres in city driving</source>
            <translation>市区行驶里程占比</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="93" />
            <source>{currency}/yr</source>
            <translation>{currency}/年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="94" />
            <source>{currency}/yr, 0: not given</source>
            <translation>{currency}/年，0：未填写</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="95" />
            <source>{currency}/gal</source>
            <translation>{currency}/加仑</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="96" />
            <source>{currency}/L</source>
            <translation>{currency}/升</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="97" />
            <source>{currency}/mi</source>
            <translation>{currency}/英里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="98" />
            <source>{currency}/km</source>
            <translation>{currency}/公里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="99" />
            <source>{currency}/min</source>
            <translation>{currency}/分钟</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="100" />
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="101" />
            <source>mi/yr</source>
            <translation>英里/年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="102" />
            <source>km/yr</source>
            <translation>公里/年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="104" />
            <source>h</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="105" />
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="110" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="114" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="114" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="155" />
            <source>one of {choices}</source>
            <translation>以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="157" />
            <source>a date YYYY-MM-DD from 2015-01-01 to 2040-12-31, or empty for today</source>
            <translation>2015-01-01 至 2040-12-31 之间的日期（YYYY-MM-DD），留空表示今天</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="159" />
            <source>a text of at most {count} characters</source>
            <translation>最多 {count} 个字符的文字</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="162" />
            <source>a whole number from {lo} to {hi} {unit}</source>
            <translation>{lo} 到 {hi} 之间的整数 {unit}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="162" />
            <location filename="buyer_app/ui/household_panel.py" line="224" />
            <source>a number from {lo} to {hi} {unit}</source>
            <translation>{lo} 到 {hi} 之间的数字 {unit}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="167" />
            <source>United States</source>
            <translation>美国</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="178" />
            <source>Gasoline price: yearly volatility (log)</source>
            <translation>汽油价格：年波动率（对数）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="179" />
            <source>Electricity price: yearly volatility (log)</source>
            <translation>电价：年波动率（对数）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="180" />
            <source>Correlation of gasoline and electricity price changes</source>
            <translation>油价与电价变化的相关系数</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="181" />
            <source>Your annual miles: spread (log)</source>
            <translation>你的年行驶里程：离散度（对数）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="182" />
            <source>Yearly loss of value: spread (absolute)</source>
            <translation>每年贬值：离散度（绝对值）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="183" />
            <source>Maintenance and repair: spread (log)</source>
            <translation>保养维修：离散度（对数）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="184" />
            <source>Insurance: spread (log)</source>
            <translation>保险：离散度（对数）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="185" />
            <source>Battery health at resale (plug-ins): spread (log)</source>
            <translation>转售时电池健康度（插电车）：离散度（对数）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/field_words.py" line="197" />
            <location filename="buyer_app/ui/household_panel.py" line="582" />
            <location filename="buyer_app/ui/uncertainty_panel.py" line="219" />
            <location filename="buyer_app/ui/vehicle_details.py" line="203" />
            <source>{label}: {value} is not allowed ({allowed})</source>
            <translation>{label}：{value} 不允许（{allowed}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="18" />
            <source>paused (no new applications when last checked)</source>
            <translation>已暂停（上次核实时不接受新申请）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="19" />
            <source>claimed by the leasing company, not by you; counts only if your lease passes it on (then add it as your own incentive)</source>
            <translation>由租赁公司申领，而不是你本人；只有你的租约把它转让给你时才计入（届时请把它作为你自己的补贴添加）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="22" />
            <source>for purchases only, not leases</source>
            <translation>仅限购车，不适用于租赁</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="23" />
            <source>for leases only, not purchases</source>
            <translation>仅限租赁，不适用于购车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="24" />
            <source>has an income limit; enter your household income to check it</source>
            <translation>有收入上限；填写家庭收入后才能核对</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="25" />
            <source>electric range below the program's lowest tier</source>
            <translation>纯电续航低于该项目的最低档</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="26" />
            <source>a share of the price, and the price is not known</source>
            <translation>按车价比例计算，而车价未知</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="27" />
            <source>for a home Level 2 charger, and you have none in this plan</source>
            <translation>针对家用二级充电桩，而本方案中你没有</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="28" />
            <source>for a home charger, and your plan has no charger cost</source>
            <translation>针对家用充电桩，而本方案中没有充电桩费用</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="29" />
            <source>for homeowners only</source>
            <translation>仅限自有住房者</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="30" />
            <source>for renters only</source>
            <translation>仅限租房者</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="31" />
            <source>the charger's cost is already covered by the programs above</source>
            <translation>充电桩费用已被上面的项目覆盖</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="32" />
            <source>the incentives above already cover the whole price</source>
            <translation>上面的补贴已覆盖全部车价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="36" />
            <source>starts {}</source>
            <translation>{} 起生效</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="37" />
            <source>ended {}</source>
            <translation>已于 {} 结束</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="38" />
            <source>price limit {}; the vehicle's price is not known</source>
            <translation>价格上限 {}；车价未知</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="39" />
            <source>price above the {} cap</source>
            <translation>价格超过 {} 的上限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="40" />
            <source>MSRP cap {}; the vehicle's MSRP is not known</source>
            <translation>指导价上限 {}；该车指导价未知</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="41" />
            <source>MSRP above the {} cap</source>
            <translation>指导价超过 {} 的上限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="42" />
            <source>the same program's larger amount ({}) is counted instead</source>
            <translation>改为计入同一项目的更高金额（{}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="43" />
            <source>trimmed to the vehicle's price ({}): the incentives above already cover the rest</source>
            <translation>已削减到车价（{}）：其余部分已被上面的补贴覆盖</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="44" />
            <source>only in {}; the app cannot check your address (add it as your own incentive if you qualify)</source>
            <translation>仅限 {}；本应用无法核对你的地址（如符合条件，请作为你自己的补贴添加）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="47" />
            <source>joint filers</source>
            <translation>合并申报者</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="49" />
            <source>single filers</source>
            <translation>单身申报者</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="53" />
            <source>at purchase (taken off the price by the dealer)</source>
            <translation>购车时（经销商直接从车价中扣除）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="54" />
            <source>at purchase (a voucher)</source>
            <translation>购车时（代金券）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="55" />
            <source>weeks after purchase (apply with the program)</source>
            <translation>购车数周后（向项目方申请）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="56" />
            <source>as a credit on the electricity bill</source>
            <translation>以电费账单抵扣的形式</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="57" />
            <source>when you file taxes for the purchase year</source>
            <translation>申报购车当年的个人所得税时</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="58" />
            <source>at purchase (your own offer)</source>
            <translation>购车时（你自己的优惠）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="65" />
            <source>a household of {}</source>
            <translation>{} 人家庭</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="78" />
            <source>published electric range below the {} km the program asks</source>
            <translation>公布的纯电续航低于该项目要求的 {} 公里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="80" />
            <source>amount works out to {} for this vehicle</source>
            <translation>该车的补贴金额算下来为 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="82" />
            <source>proposed, not enacted as far as known: {note} (last verified {checked})</source>
            <translation>已提出但据悉尚未实施：{note}（最近核实于 {checked}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="86" />
            <source>its funding is not confirmed</source>
            <translation>资金尚未确认</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="86" />
            <source>last known to pay on {}</source>
            <translation>最近已知可发放至 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="87" />
            <source>not counted: whether it still pays on {day} is not confirmed ({known}; {note}; last verified {checked})</source>
            <translation>不计入：尚未确认 {day} 是否仍发放（{known}；{note}；最近核实于 {checked}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="91" />
            <source> (set your utility)</source>
            <translation>（请设置你的电力公司）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="91" />
            <source>only for customers of {}</source>
            <translation>仅限 {} 的用户</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="93" />
            <source>income limit the app cannot check ({})</source>
            <translation>本应用无法核对的收入上限（{}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="93" />
            <source>no usable table in the data</source>
            <translation>数据中没有可用的表格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="96" />
            <source>no income limit given for filing status {} in the program's table</source>
            <translation>该项目的表格中没有给出申报身份“{}”的收入上限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="97" />
            <source>no income limit given for a household of {} in the program's table</source>
            <translation>该项目的表格中没有给出 {} 人家庭的收入上限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="99" />
            <source>income above the limit ({income} &gt; {limit} for {who})</source>
            <translation>收入超过上限（{who}：{income} &gt; {limit}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="103" />
            <source>income below this tier ({income} &lt; {low}); another tier may apply</source>
            <translation>收入低于本档（{income} &lt; {low}）；可能适用其他档</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="118" />
            <source>start not given</source>
            <translation>开始日期未给出</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="118" />
            <source>from {}</source>
            <translation>自 {} 起</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="119" />
            <source>no end date known</source>
            <translation>结束日期未知</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="119" />
            <source>to {}</source>
            <translation>至 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="124" />
            <location filename="buyer_app/text/incentives.py" line="171" />
            <location filename="buyer_app/ui/incentives_view.py" line="101" />
            <source>entered by you</source>
            <translation>由你填写</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="128" />
            <location filename="buyer_app/ui/household_panel.py" line="138" />
            <source>your own figure</source>
            <translation>你自己的数字</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="133" />
            <source>Home charger: {}</source>
            <translation>家用充电桩：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="160" />
            <source>your own entry</source>
            <translation>你自己填写的</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="163" />
            <source>{name} ({who}): {amount}, paid {when}</source>
            <translation>{name}（{who}）：{amount}，发放时间：{when}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="166" />
            <source>{name} ({who}): not applied — {why}</source>
            <translation>{name}（{who}）：不适用 — {why}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="172" />
            <source>{dates}; source {source}; last checked {checked}</source>
            <translation>{dates}；来源 {source}；最近核实于 {checked}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="176" />
            <source>if your household income is under its limit (enter your income to check)</source>
            <translation>如果你的家庭收入低于其上限（填写收入以核对）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="177" />
            <source>once the vehicle's price is known</source>
            <translation>一旦该车价格已知</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="178" />
            <source>if you install a home Level 2 charger</source>
            <translation>如果你安装家用二级充电桩</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="179" />
            <source>if your lease passes the credit on to you</source>
            <translation>如果你的租约把抵免转让给你</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="180" />
            <source>if its funding is confirmed for your purchase day</source>
            <translation>如果其资金在你的购车日得到确认</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="191" />
            <source>if your household income is under its limit (check with the program)</source>
            <translation>如果你的家庭收入低于其上限（请向项目方核实）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="195" />
            <source>if your electric utility is {}</source>
            <translation>如果你的电力公司是 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="197" />
            <source>if you live in {}</source>
            <translation>如果你住在 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="199" />
            <source>with a trim or deal under {}</source>
            <translation>如果车型版本或成交价低于 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="201" />
            <source>if you buy instead of leasing</source>
            <translation>如果你改为购买而非租赁</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="201" />
            <source>if you lease instead</source>
            <translation>如果你改为租赁</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="202" />
            <source>if you buy on or after {}</source>
            <translation>如果你在 {} 当天或之后购买</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="227" />
            <source>a new electric car</source>
            <translation>新纯电车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="228" />
            <source>a used electric car</source>
            <translation>二手纯电车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="229" />
            <source>a new plug-in hybrid</source>
            <translation>新插混车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="230" />
            <source>a used plug-in hybrid</source>
            <translation>二手插混车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="231" />
            <source>a new hybrid</source>
            <translation>新混动车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="232" />
            <source>a used hybrid</source>
            <translation>二手混动车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="233" />
            <source>a home charger</source>
            <translation>家用充电桩</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/market.py" line="102" />
            <source>{cars} needs a licence plate from the monthly auction (about {price}; kept for your next car, so not counted in the totals)</source>
            <extracomment>plural: {cars} need a licence plate from the monthly auction (about {price}; kept for your next car, so not counted in the totals)</extracomment>
            <translation>
                <numerusform>{cars} 需要通过每月拍卖获得牌照（约 {price}；可留给你的下一辆车，因此不计入总费用）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/market.py" line="111" />
            <source>{cars} gets a free plate</source>
            <extracomment>plural: {cars} get a free plate</extracomment>
            <translation>
                <numerusform>{cars} 可免费获得牌照</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/market.py" line="114" />
            <source>Licence plate in {city}: {cars} needs an auction plate (about {price}, not in the totals).</source>
            <extracomment>plural: Licence plate in {city}: {cars} need an auction plate (about {price}, not in the totals).</extracomment>
            <translation>
                <numerusform>{city} 的牌照：{cars} 需要拍卖牌照（约 {price}，不计入总费用）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="119" />
            <location filename="buyer_app/text/session.py" line="91" />
            <location filename="buyer_app/text/uncertainty.py" line="106" />
            <location filename="buyer_app/text/wording.py" line="63" />
            <source>.</source>
            <translation>。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="119" />
            <source>Licence plate in {city}: </source>
            <translation>{city} 的牌照：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="122" />
            <source> A plate at auction has cost about {price} (not counted in the totals).</source>
            <translation>拍卖牌照的价格约为 {price}（未计入总费用）。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="128" />
            <source>Licence plate in {city}: {rule}</source>
            <translation>{city} 的牌照：{rule}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="132" />
            <source>{first} and {last}</source>
            <translation>{first} 和 {last}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="137" />
            <source>The rule: {}</source>
            <translation>规则：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="145" />
            <source>Where and when: {place}, buying on {day}</source>
            <translation>地点和时间：{place}，购车日期 {day}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="146" />
            <location filename="buyer_app/text/region.py" line="97" />
            <source> (today)</source>
            <translation>（今天）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="153" />
            <source>{:.2%} of the price</source>
            <translation>车价的 {:.2%}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/market.py" line="162" />
            <source>Vehicle and vessel tax (fuel cars; the market's share by powertrain)</source>
            <translation>车船税（燃油车；按动力类型适用该市场的比例）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/ranking.py" line="7" />
            <source>not ranked as new: their nameplate's newest EPA model year is older than {year}, so they are no longer sold new and their old MSRP is not a price you can pay; listed apart on running costs (energy, maintenance, insurance, fees)</source>
            <translation>不按新车排名：它们车型的最新 EPA 年款早于 {year}，已不再作为新车销售，过去的厂商指导价也不再是能买到的价格；按使用成本（能源、保养、保险、费用）另列</translation>
        </message>
        <message>
            <location filename="buyer_app/text/ranking.py" line="16" />
            <source>no longer sold new: last model year {}</source>
            <translation>已停售新车：最后年款 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="40" />
            <source>{state} grid</source>
            <translation>{state} 电网</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="41" />
            <source>{state} grid: {subregion}</source>
            <translation>{state} 电网：{subregion}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="43" />
            <source>US average grid (eGRID2023)</source>
            <translation>美国平均电网（eGRID2023）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="44" />
            <source>your grid figure</source>
            <translation>你填写的电网数字</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="96" />
            <source>Where and when: {state}, buying on {day}</source>
            <translation>地点和时间：{state}，购车日期 {day}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="98" />
            <location filename="buyer_app/ui/incentives_view.py" line="176" />
            <source>, utility {}</source>
            <translation>，电力公司 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="118" />
            <source>{label}{used}: {amount} applied</source>
            <translation>{label}{used}：已计入 {amount}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="131" />
            <source>{line}; it would count {could}</source>
            <translation>{line}；{could}，就会计入</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="138" />
            <source>{count} programs only for customers of one utility each ({names}): give yours with --utility ID (`buyer-app incentives --state XX --utilities`)</source>
            <translation>{count} 个项目仅限各自一家电力公司的用户（{names}）：用 --utility ID 指定你的电力公司（`buyer-app incentives --state XX --utilities`）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="147" />
            <source>{count} local programs the app cannot check from a state ({names}): add one with --incentive if you qualify</source>
            <translation>{count} 个地方项目无法按州核对（{names}）：如符合条件，用 --incentive 添加</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/region.py" line="155" />
            <source>{count} other program does not apply ({ended} ended; otherwise paused, for other households or already covered): --json lists it with its reason</source>
            <extracomment>plural: {count} other programs do not apply ({ended} ended; the rest paused, for other households or already covered): --json lists each with its reason</extracomment>
            <translation>
                <numerusform>另有 {count} 个项目不适用（{ended} 个已结束；其余已暂停、面向其他家庭或已被覆盖）：--json 会逐一列出原因</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="170" />
            <source>CO2 over {years} years (kg; {grid}, {kg:.3f} kg/kWh with grid losses)</source>
            <translation>{years} 年的二氧化碳排放（千克；{grid}，计入电网损耗为 {kg:.3f} 千克/千瓦时）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="178" />
            <source>{label}: tailpipe {tailpipe:,.0f}, electricity {electricity:,.0f}, upstream fuel {upstream:,.0f}; total {tonnes:,.1f} t</source>
            <translation>{label}：尾气 {tailpipe:,.0f}，用电 {electricity:,.0f}，燃油上游 {upstream:,.0f}；合计 {tonnes:,.1f} 吨</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="203" />
            <source>{codes} ended {end}</source>
            <translation>{codes} 已于 {end} 结束</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="206" />
            <source>{code} ended for chargers after {end}</source>
            <translation>{code} 充电桩抵免已于 {end} 后结束</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="207" />
            <source>The federal credits {}; </source>
            <translation>联邦税收抵免：{}；</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="207" />
            <location filename="buyer_app/text/scenarios.py" line="111" />
            <source> and </source>
            <translation> 和 </translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="208" />
            <source>programs the app cannot check (limited to an area, or with an income table it cannot read) are listed but never counted.</source>
            <translation>本应用无法核对的项目（限于某一地区，或其收入表格无法读取）会列出但从不计入。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="215" />
            <source>Plus curated entries typed from public pages (the federal credits and state programs whose rules the imported data lacks), each naming its page and when it was last checked.</source>
            <translation>另有根据公开网页整理的条目（联邦税收抵免，以及导入数据缺少规则的州项目），每条都注明其网页和最近核实日期。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="223" />
            <source>the US (no state chosen: federal programs only)</source>
            <translation>美国（未选择州：仅联邦项目）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="227" />
            <source>No incentive in the catalogue for this vehicle in {place} on {day}.</source>
            <translation>{day} 在 {place} 没有适用于此车的补贴。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="234" />
            <source>not set: utility programs are listed but not counted</source>
            <translation>未设置：电力公司的项目会列出但不计入</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="240" />
            <source>you own your home</source>
            <translation>你有自己的住房</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="240" />
            <source>you rent your home</source>
            <translation>你租房住</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="242" />
            <source>income not given: programs with an income limit are not counted; {home}</source>
            <translation>未填写收入：有收入上限的项目不计入；{home}</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/region.py" line="243" />
            <source>{} person</source>
            <extracomment>plural: {} people</extracomment>
            <translation>
                <numerusform>{} 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="244" />
            <source>{income} a year, {status}, {people}; {home}</source>
            <translation>年收入 {income}，{status}，{people}；{home}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="255" />
            <source>(your figure)</source>
            <translation>（你填写的）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="256" />
            <source>(app default)</source>
            <translation>（应用默认值）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="256" />
            <source>(app default, {})</source>
            <translation>（应用默认值，{}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="260" />
            <source>EV {bev}, plug-in hybrid {phev}, hybrid {hev} a year over a gasoline car {origin}</source>
            <translation>与燃油车相比每年额外：纯电 {bev}，插混 {phev}，混动 {hev} {origin}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="269" />
            <source>{lb:,.0f} lb/MWh, {grid}; {loss:.1%} grid losses: {kg:.3f} kg per kWh at the meter {origin}</source>
            <translation>{lb:,.0f} 磅/兆瓦时，{grid}；电网损耗 {loss:.1%}：电表端每千瓦时 {kg:.3f} 千克 {origin}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="14" />
            <source>with a Level 2 charger</source>
            <translation>装二级充电桩</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="15" />
            <source>without home charging</source>
            <translation>家中不充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="16" />
            <source>keep 5 years</source>
            <translation>持有 5 年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="17" />
            <source>keep 10 years</source>
            <translation>持有 10 年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="18" />
            <source>pay cash</source>
            <translation>全款购买</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="19" />
            <source>take a loan</source>
            <translation>贷款购买</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/scenarios.py" line="26" />
            <source>keep {n} year</source>
            <extracomment>plural: keep {n} years</extracomment>
            <translation>
                <numerusform>持有 {n} 年</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="32" />
            <source>{name}, {change}</source>
            <translation>{name}，{change}</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/scenarios.py" line="39" />
            <source>keeps the car {n} year</source>
            <extracomment>plural: keeps the car {n} years</extracomment>
            <translation>
                <numerusform>持有车辆 {n} 年</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="41" />
            <source>has “{how}”</source>
            <translation>是“{how}”</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="43" />
            <source>pays with “{how}”</source>
            <translation>用“{how}”付款</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="44" />
            <source>“{name}” already {now}: choose another change.</source>
            <translation>“{name}”已经{now}：请选择其他变化。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="49" />
            <source>In “{b}” rather than “{a}”</source>
            <translation>在“{b}”而非“{a}”中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="51" />
            <source>Kept {b} years instead of {a}</source>
            <translation>持有 {b} 年而非 {a} 年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="54" />
            <source>With a Level 2 charger at home (its {cost} installation counted)</source>
            <translation>家中装二级充电桩（计入 {cost} 安装费）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="56" />
            <source>With a Level 2 charger at home</source>
            <translation>家中装二级充电桩</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="57" />
            <source>Without charging at home</source>
            <translation>家中不充电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="58" />
            <source>Paying cash</source>
            <translation>全款购买</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="59" />
            <source>With a loan</source>
            <translation>贷款购买</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="65" />
            <source>the {car} costs {b} a month instead of {a}</source>
            <translation>{car} 每月花费 {b}，而不是 {a}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="70" />
            <source>no car's cost changes over {n} years</source>
            <translation>{n} 年内没有哪辆车的花费发生变化</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="71" />
            <source>the {car} costs {amount} {direction} over {n} years</source>
            <translation>{car} 在 {n} 年内{direction} {amount}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="74" />
            <source>less</source>
            <translation>少花</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="74" />
            <source>more</source>
            <translation>多花</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="81" />
            <source>no car has a known price, so none is the cheapest</source>
            <translation>没有车有已知价格，因此没有最省钱的车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="83" />
            <source>the cheapest car stays the {car}</source>
            <translation>最省钱的车仍是 {car}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="85" />
            <source>the cheapest car is the {car}</source>
            <translation>最省钱的车是 {car}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="86" />
            <source>the cheapest car becomes the {car} (instead of the {was})</source>
            <translation>最省钱的车变为 {car}（原为 {was}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="94" />
            <source>{lead}, no car is in both scenarios</source>
            <translation>{lead}，没有车同时出现在两种情景中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="96" />
            <source>{lead}, no car in both scenarios has a known price to compare</source>
            <translation>{lead}，两种情景中都有的车都没有可比较的已知价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="98" />
            <source>{lead}, {change}</source>
            <translation>{lead}，{change}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="99" />
            <source>{first}; {cheapest}.</source>
            <translation>{first}；{cheapest}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="102" />
            <source>Without a known price, {cars} cannot be compared.</source>
            <translation>没有已知价格，{cars} 无法比较。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="105" />
            <source>{n} cars</source>
            <translation>{n} 辆车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="106" />
            <source>Only in “{name}”: {cars}.</source>
            <translation>仅在“{name}”中：{cars}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="123" />
            <source>{n} years</source>
            <translation>{n} 年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="126" />
            <source>no car with a known price</source>
            <translation>没有已知价格的车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="131" />
            <source>Charger installation</source>
            <translation>充电桩安装</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="132" />
            <source>Kept</source>
            <translation>持有年限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="134" />
            <source>Driving a year</source>
            <translation>每年行驶</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="135" />
            <source>Cheapest car</source>
            <translation>最省钱的车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="142" />
            <source>A total</source>
            <translation>A 总计</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="143" />
            <source>B total</source>
            <translation>B 总计</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="144" />
            <source>B − A</source>
            <translation>B − A</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="145" />
            <source>A a month</source>
            <translation>A 每月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="146" />
            <source>B a month</source>
            <translation>B 每月</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="159" />
            <source>no change</source>
            <translation>无变化</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="168" />
            <source>no price</source>
            <translation>无价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="179" />
            <source>not in B</source>
            <translation>不在 B 中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="182" />
            <source>not in A</source>
            <translation>不在 A 中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="15" />
            <location filename="buyer_app/text/session.py" line="16" />
            <location filename="buyer_app/text/session.py" line="17" />
            <location filename="buyer_app/text/session.py" line="18" />
            <location filename="buyer_app/text/session.py" line="19" />
            <location filename="buyer_app/text/session.py" line="20" />
            <location filename="buyer_app/text/session.py" line="21" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="22" />
            <source>Cannot open profile</source>
            <translation>无法打开档案</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="23" />
            <source>Vehicles left out</source>
            <translation>有车辆被略去</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="24" />
            <location filename="buyer_app/text/session.py" line="25" />
            <location filename="buyer_app/text/session.py" line="26" />
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="27" />
            <source>Cannot import</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="28" />
            <source>Not exported</source>
            <translation>未导出</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="32" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="33" />
            <source>Could not save to {path}: {reason}. Nothing was lost.</source>
            <translation>无法保存到 {path}：{reason}。没有丢失任何内容。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="34" />
            <source>Not saved to {path}: {reason}. The file on disk was not changed; your changes are still in this window.</source>
            <translation>未保存到 {path}：{reason}。磁盘上的文件未改动；你的修改仍在此窗口中。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="37" />
            <source>“{file}” is open in another copy of the app, so this window shows it read-only. Use Save As to keep your changes under another name.</source>
            <translation>“{file}”已在本应用的另一个窗口中打开，因此此窗口以只读方式显示。请用“另存为”以其他名称保存你的修改。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="41" />
            <source>“{file}” was changed on disk by another program or copy of the app since you opened it; it was not overwritten. Use Save As to keep your version too.</source>
            <translation>自你打开以来，“{file}”已被其他程序或本应用的另一个窗口在磁盘上修改；它没有被覆盖。请用“另存为”同时保留你的版本。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="45" />
            <source>Nothing can be saved in your data folder: {reason}. Nothing was lost: your changes are still in this window; File &gt; Export Profile… writes them elsewhere.</source>
            <translation>数据文件夹中无法保存任何内容：{reason}。没有丢失任何内容：你的修改仍在此窗口中；“文件 &gt; 导出档案…”可以把它们写到别处。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="49" />
            <source>“{file}” is open in another copy of the app ({owner}); choose another name.</source>
            <translation>“{file}”已在本应用的另一个窗口中打开（{owner}）；请选择其他名称。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="50" />
            <source>Could not save to {path}: it was changed on disk since you opened it. Nothing was lost.</source>
            <translation>无法保存到 {path}：自你打开以来它已在磁盘上被修改。没有丢失任何内容。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="53" />
            <source>“{file}” could not be opened: {reason}. The file was not changed{copy}</source>
            <translation>无法打开“{file}”：{reason}。该文件未被改动{copy}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="54" />
            <source>“{file}” is open in another copy of the app; not opened.</source>
            <translation>“{file}”已在本应用的另一个窗口中打开；未打开。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="55" />
            <source>Vehicle id {ids} is not in the active database or not costed by the app; it was left out of the comparison (the file is unchanged until you save).</source>
            <translation>车辆编号 {ids} 不在当前数据库中，或本应用无法计算其费用；它已从比较中略去（在你保存之前文件不会改变）。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="59" />
            <location filename="buyer_app/text/session.py" line="62" />
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="60" />
            <source>“{file}” is open in another copy of the app; it cannot be renamed from here.</source>
            <translation>“{file}”已在本应用的另一个窗口中打开；无法在此重命名。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="61" />
            <source>“{file}” is open in another copy of the app; it cannot be deleted from here.</source>
            <translation>“{file}”已在本应用的另一个窗口中打开；无法在此删除。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="63" />
            <location filename="buyer_app/ui/report_actions.py" line="84" />
            <source>Could not write {path}: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="64" />
            <source>Unsaved changes cannot be kept for crash recovery ({reason}); save them to keep them. Nothing saved was changed.</source>
            <translation>未保存的修改无法保留用于崩溃恢复（{reason}）；请保存以保留它们。已保存的内容没有改变。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="67" />
            <source>A recovery file could not be used ({reason}){copy}</source>
            <translation>无法使用恢复文件（{reason}）{copy}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="68" />
            <source>Recovered the unsaved changes from the last session.</source>
            <translation>已恢复上次会话中未保存的修改。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="72" />
            <source>; a copy was set aside as {name}.</source>
            <translation>；已另存一份副本：{name}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="73" />
            <source>; a copy was kept as {name}.</source>
            <translation>；已保留一份副本：{name}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="75" />
            <source> They named “{named}”, which is not a profile in your profiles folder, so they are open as a new profile: Save asks for a name.</source>
            <translation> 其中指定了“{named}”，但它不是你档案文件夹中的档案，因此以新档案打开：保存时会询问名称。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="93" />
            <location filename="buyer_app/text/sources.py" line="110" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="111" />
            <source>{name}[*]{read_only} — {app}</source>
            <translation>{name}[*]{read_only} — {app}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="112" />
            <source> (read-only)</source>
            <translation>（只读）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="118" />
            <source>Read-only: {reason}. Nothing can be saved there; File &gt; Export Profile… keeps your work elsewhere.</source>
            <translation>只读：{reason}。那里无法保存任何内容；“文件 &gt; 导出档案…”可以把你的工作保存到别处。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="123" />
            <source>Recovered changes</source>
            <translation>恢复的修改</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="124" />
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="128" />
            <source>Save the changes to “{name}”?</source>
            <translation>保存对“{name}”的修改吗？</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="131" />
            <source>Profile in use</source>
            <translation>档案正在使用</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="132" />
            <source>Open read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="137" />
            <source>“{file}” is open in another copy of {app} ({owner}).

Open it read-only? You can look and change things, and keep them with Save As under another name.</source>
            <translation>“{file}”已在 {app} 的另一个窗口中打开（{owner}）。

以只读方式打开吗？你可以查看和修改，并用“另存为”以其他名称保存。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="144" />
            <source>another copy of the app</source>
            <translation>本应用的另一个窗口</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="149" />
            <source>Save As</source>
            <translation>另存为</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="149" />
            <source>Name of this comparison:</source>
            <translation>此比较的名称：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="149" />
            <location filename="buyer_app/text/session.py" line="151" />
            <source>{name}</source>
            <translation>{name}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="150" />
            <source>Duplicate</source>
            <translation>创建副本</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="150" />
            <source>Name of the copy:</source>
            <translation>副本的名称：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="150" />
            <source>{name} (copy)</source>
            <translation>{name}（副本）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="151" />
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="151" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="160" />
            <source>Replace?</source>
            <translation>替换吗？</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="161" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="165" />
            <source>A profile named “{name}” exists. Replace it?</source>
            <translation>已有名为“{name}”的档案。要替换它吗？</translation>
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="169" />
            <source>Delete the saved profile “{name}”?</source>
            <translation>删除已保存的档案“{name}”吗？</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="19" />
            <source>a car</source>
            <translation>轿车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="20" />
            <source>a sports car</source>
            <translation>跑车</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="21" />
            <source>an SUV</source>
            <translation>SUV</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="22" />
            <source>a pickup</source>
            <translation>皮卡</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="23" />
            <source>a minivan</source>
            <translation>MPV</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="25" />
            <source>83% of its range at 32 F with a heat pump, 75% without, 80% when not known (Recurrent 2025)</source>
            <translation>有热泵时在 0 °C（32 °F）下保有 83% 的续航，无热泵 75%，未知时按 80% 计（Recurrent 2025）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="41" />
            <source>your quote for this car</source>
            <translation>你为这辆车拿到的报价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="43" />
            <source>your figure for every car</source>
            <translation>你为所有车填写的数字</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="45" />
            <source>estimated: {reference} for a reference car in {where} ({source}, {as_of}) x {body_factor:.2f} for {body} x {powertrain_factor:.2f} for its powertrain x (its value / {price})^{elasticity:g}; the part for collision and theft falls with its value</source>
            <translation>估算：{where}参考车型 {reference}（{source}，{as_of}）× {body_factor:.2f}（{body}）× {powertrain_factor:.2f}（动力类型）×（车辆价值 / {price}）^{elasticity:g}；碰撞和盗抢部分随车辆价值下降</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="51" />
            <source>the US</source>
            <translation>美国</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="51" />
            <source>your state</source>
            <translation>你所在州</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="66" />
            <source>your yearly rates</source>
            <translation>你的年贬值率</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="68" />
            <source>{:.1%} of its price after 5 years</source>
            <translation>5 年后保有车价的 {:.1%}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="74" />
            <source>keeps {kept}. {source} ({as_of})</source>
            <translation>{kept}。{source}（{as_of}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="78" />
            <source>{:.0%} of its range at 32 F</source>
            <translation>0 °C（32 °F）时保有 {:.0%} 的续航</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="84" />
            <source>keeps {kept}: {source} ({as_of})</source>
            <translation>{kept}：{source}（{as_of}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="89" />
            <source>keeps {}</source>
            <translation>{}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="102" />
            <source>your price</source>
            <translation>你的价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="104" />
            <source> for the {} trim</source>
            <translation>（{} 版本）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="105" />
            <source>your imported price{trim}, as of {as_of}</source>
            <translation>你导入的价格{trim}，截至 {as_of}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="107" />
            <source>{basis}, as of {as_of}</source>
            <translation>{basis}，截至 {as_of}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="109" />
            <source>base MSRP, {trim}, MY{year}, as of {as_of}</source>
            <translation>厂商指导价，{trim}，{year}款，截至 {as_of}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="119" />
            <source>no known price: costed on running costs only (not comparable with priced vehicles); give one with --price {id}={currency}</source>
            <translation>没有已知价格：只按使用成本计算（不能与有价格的车比较）；用 --price {id}={currency} 给出价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="126" />
            <source>price is your MY{year} price (the latest known)</source>
            <translation>价格为你的 {year} 款价格（已知最新）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="128" />
            <source>price is the MY{year} base MSRP (the latest known)</source>
            <translation>价格为 {year} 款的厂商指导价（已知最新）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="134" />
            <source>the price is your own, from your price file ({where}), not a base MSRP; another for this comparison: --price {id}=USD</source>
            <translation>价格是你自己的，来自你的价格文件（{where}），不是厂商指导价；本次比较可另行指定：--price {id}=USD</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="141" />
            <source>base MSRP of the {trim} trim; your trim or dealer may differ (--price {id}=USD)</source>
            <translation>{trim} 版本的厂商指导价；你的版本或经销商报价可能不同（--price {id}=USD）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="145" />
            <source>the maker's guide price of {as_of}; prices move often and dealers discount (--price {id}={currency})</source>
            <translation>厂商 {as_of} 的指导价；价格经常变动，经销商也会优惠（--price {id}={currency}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="149" />
            <source>sales tax</source>
            <translation>销售税</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="149" />
            <source>purchase tax</source>
            <translation>车辆购置税</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="151" />
            <source>purchase includes {tax} and the home charger installation</source>
            <translation>购车费用含{tax}和家用充电桩安装费</translation>
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="153" />
            <source>purchase includes {tax}</source>
            <translation>购车费用含{tax}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="28" />
            <source>demand charges ($/kW) are ignored: a household's car charging is priced by the kWh</source>
            <translation>需量电费（$/kW）不计：家庭汽车充电按千瓦时计价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="29" />
            <source>tiers in units other than kWh a month (e.g. kWh a day) are read without their bounds</source>
            <translation>以每月千瓦时以外单位（如每日千瓦时）划分的阶梯，读取时不计其上限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="30" />
            <source>net metering and sell rates are ignored (the app has no solar)</source>
            <translation>净计量和售电价格不计（本应用不含太阳能）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="31" />
            <source>minimum charges are ignored (the household pays them anyway)</source>
            <translation>最低收费不计（家庭本来就要支付）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="32" />
            <source>monthly fuel adjustments are ignored</source>
            <translation>每月燃料调整费不计</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="33" />
            <source>the rate gives no weekend schedule: weekends are priced by the weekday schedule</source>
            <translation>该电价未给出周末时段表：周末按工作日时段表计价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="36" />
            <source>winter (Dec-Feb)</source>
            <translation>冬季（12-2月）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="37" />
            <source>spring (Mar-May)</source>
            <translation>春季（3-5月）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="38" />
            <source>summer (Jun-Aug)</source>
            <translation>夏季（6-8月）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="39" />
            <source>autumn (Sep-Nov)</source>
            <translation>秋季（9-11月）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="62" />
            <location filename="buyer_app/text/tariffs.py" line="108" />
            <source>{season}: one price all day, {price}/kWh</source>
            <translation>{season}：全天同价，{price}/kWh</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="71" />
            <location filename="buyer_app/text/tariffs.py" line="152" />
            <source> (first tier; the tiers above it cost more or less by month)</source>
            <translation>（第一阶梯；更高阶梯的价格因月份而高低不同）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="104" />
            <source>all year</source>
            <translation>全年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="109" />
            <location filename="buyer_app/text/tariffs.py" line="64" />
            <source>{season}: weekday peak {start:02d}:00-{end:02d}:00 at {peak}/kWh, lowest {low}/kWh</source>
            <translation>{season}：工作日高峰 {start:02d}:00-{end:02d}:00，{peak}/kWh，最低 {low}/kWh</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="123" />
            <source>Effective {start}{end}; sector {sector}; URDB label {label}</source>
            <translation>生效 {start}{end}；类别 {sector}；URDB 标签 {label}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="133" />
            <source>Fixed charge: {amount} a month (the household's anyway; not counted toward the car)</source>
            <translation>固定费用：每月 {amount}（本来就由家庭承担，不计入汽车）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="137" />
            <source>Energy prices (USD/kWh, rate + adjustment), by period and tier:</source>
            <translation>电量电价（USD/kWh，费率 + 调整），按时段和阶梯：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="144" />
            <source> up to {kwh:,.0f} kWh</source>
            <translation> 至 {kwh:,.0f} kWh</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="148" />
            <source>period</source>
            <translation>时段</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="149" />
            <source>Peak hours by month (weekdays; months with the same prices together):</source>
            <translation>按月份的高峰时段（工作日；电价相同的月份合并）：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="154" />
            <source>Note: {what}</source>
            <translation>注意：{what}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="154" />
            <source>Ignored: {what}</source>
            <translation>不计：{what}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="156" />
            <source>Data: {licence}</source>
            <translation>数据：{licence}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="223" />
            <source>An average night in {season}:</source>
            <translation>{season}的平均一晚：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/tariffs.py" line="252" />
            <source>Home charging on {name} ({utility}), from {hour:02d}:00:</source>
            <translation>按 {name}（{utility}）在家充电，{hour:02d}:00 开始：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="17" />
            <source>Keeping it</source>
            <translation>持有年限</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="20" />
            <source>gasoline stays above</source>
            <translation>油价保持高于</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="21" />
            <source>electricity stays above</source>
            <translation>电价保持高于</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="22" />
            <location filename="buyer_app/text/thresholds.py" line="33" />
            <source>you drive more than</source>
            <translation>你的行驶里程超过</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="25" />
            <source>gasoline stays below</source>
            <translation>油价保持低于</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="26" />
            <source>electricity stays below</source>
            <translation>电价保持低于</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="27" />
            <location filename="buyer_app/text/thresholds.py" line="38" />
            <source>you drive less than</source>
            <translation>你的行驶里程少于</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="31" />
            <source>gasoline rises above</source>
            <translation>油价涨到</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="32" />
            <source>electricity rises above</source>
            <translation>电价涨到</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="36" />
            <source>gasoline falls below</source>
            <translation>油价跌到</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="37" />
            <source>electricity falls below</source>
            <translation>电价跌到</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="51" />
            <location filename="buyer_app/text/units.py" line="120" />
            <source>{}/L</source>
            <translation>{}/升</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="58" />
            <source>{:,.0f} miles a year</source>
            <translation>{:,.0f} 英里/年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="59" />
            <source>{:.1f} years</source>
            <translation>{:.1f} 年</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="69" />
            <source>{what} anywhere from {low} to {high} does not change which of the {a} and the {b} is cheaper.</source>
            <translation>{what}在 {low} 到 {high} 之间任意变化，都不会改变 {a} 和 {b} 谁更便宜。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="79" />
            <source>The {above} becomes the cheaper one to have owned if you keep it at least {value} (you plan {current:g}).</source>
            <translation>如果至少持有 {value}（你计划 {current:g} 年），{above} 就成为更便宜的那辆。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="83" />
            <source>The {above} stays cheaper than the {below} as long as {bound} {value} (now {current}).</source>
            <translation>只要{bound} {value}（目前 {current}），{above} 就比 {below} 更便宜。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="90" />
            <source>The {below} stays cheaper than the {above} as long as {bound} {value} (now {current}); beyond it the {above} wins.</source>
            <translation>只要{bound} {value}（目前 {current}），{below} 就比 {above} 更便宜；超出后 {above} 胜出。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="21" />
            <source>gasoline price</source>
            <translation>油价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="22" />
            <source>electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="23" />
            <source>annual miles</source>
            <translation>年行驶里程</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="24" />
            <source>yearly loss of value</source>
            <translation>每年贬值</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="27" />
            <source>battery health</source>
            <translation>电池健康</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="40" />
            <source>{:.1f} points more a year</source>
            <translation>每年多 {:.1f} 个百分点</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="40" />
            <source>{:.1f} points less a year</source>
            <translation>每年少 {:.1f} 个百分点</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="42" />
            <source>{:.0%} higher</source>
            <translation>高 {:.0%}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="42" />
            <source>{:.0%} lower</source>
            <translation>低 {:.0%}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="50" />
            <source>{name} ({low:+.1f} / {high:+.1f} pts)</source>
            <translation>{name}（{low:+.1f} / {high:+.1f} 个百分点）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="68" />
            <source>in nearly all futures</source>
            <translation>在几乎所有未来情景中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="70" />
            <source>in almost no futures</source>
            <translation>在几乎没有的未来情景中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="73" />
            <source>in about half the futures</source>
            <translation>在大约一半的未来情景中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="75" />
            <source>in more than 9 of 10 futures</source>
            <translation>在九成以上的未来情景中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="77" />
            <source>in fewer than 1 of 10 futures</source>
            <translation>在不到一成的未来情景中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="78" />
            <source>in about {} of 10 futures</source>
            <translation>在大约 {} 成的未来情景中</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="86" />
            <source>No vehicle has a known price, so none can be called the cheapest.</source>
            <translation>没有车有已知价格，因此无法判断哪辆最省钱。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="89" />
            <source>Only the {label} has a known price: in 8 of 10 futures simulated its total comes to between {low} and {high}. Give the others a price to compare them.</source>
            <translation>只有 {label} 有已知价格：在模拟的 10 种未来中有 8 种，其总费用在 {low} 到 {high} 之间。给其他车填上价格才能比较。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="93" />
            <source>The {label} is the cheapest {futures} simulated ({chance} of {draws:,})</source>
            <translation>{label} {futures}最省钱（模拟 {draws:,} 次中占 {chance}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="98" />
            <source>; yet at today's figures the {rival} is the cheaper one, so the two are close to even</source>
            <translation>；但按今天的数字 {rival} 更便宜，所以两者相差无几</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="101" />
            <source>; the {rival} wins mainly if {words} {value}</source>
            <translation>；主要在{words} {value}时 {rival} 胜出</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="105" />
            <source>; against the {rival}, {input} matters most</source>
            <translation>；与 {rival} 相比，{input}影响最大</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="183" />
            <source>How sure ({draws:,} futures, seed {seed})</source>
            <translation>有多确定（{draws:,} 种未来情景，随机种子 {seed}）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="189" />
            <source>no known price</source>
            <translation>没有已知价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="192" />
            <source>never the cheapest</source>
            <translation>从不最省钱</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="194" />
            <source>cheapest in under 1%</source>
            <translation>最省钱的概率不到 1%</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="196" />
            <source>cheapest in {:.0%}</source>
            <translation>最省钱的概率 {:.0%}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="201" />
            <source>{label}: total P10 {p10}, median {p50}, P90 {p90}; {chance}</source>
            <translation>{label}：总费用 P10 {p10}，中位数 {p50}，P90 {p90}；{chance}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="212" />
            <source>{b} minus {a}: P10 {p10}, median {p50}, P90 {p90}; the {b} is cheaper in {share:.0%}</source>
            <translation>{b} 减 {a}：P10 {p10}，中位数 {p50}，P90 {p90}；{b} 更便宜的概率 {share:.0%}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="216" />
            <source>What moves that difference most (each input alone at its P10 and P90):</source>
            <translation>对这一差额影响最大的因素（每项单独取其 P10 和 P90）：</translation>
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="221" />
            <source>{input}: {at_low} at {low}, {at_high} at {high}</source>
            <translation>{input}：取 {low} 时 {at_low}，取 {high} 时 {at_high}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="90" />
            <source>g</source>
            <translation>克</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="101" />
            <location filename="buyer_app/text/units.py" line="108" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="61" />
            <source>kWh/100 km</source>
            <translation>千瓦时/百公里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="102" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="62" />
            <source>L/100 km</source>
            <translation>升/百公里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="109" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="61" />
            <source>kWh/100 mi</source>
            <translation>千瓦时/百英里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="114" />
            <source>L</source>
            <translation>升</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="114" />
            <source>gal</source>
            <translation>加仑</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="126" />
            <source>per litre</source>
            <translation>每升</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="126" />
            <source>per gallon</source>
            <translation>每加仑</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="132" />
            <source>{:d} C</source>
            <translation>{:d} °C</translation>
        </message>
        <message>
            <location filename="buyer_app/text/units.py" line="133" />
            <source>{:.0f} F</source>
            <translation>{:.0f} °F</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="24" />
            <location filename="buyer_app/text/vehicle_words.py" line="25" />
            <source>front-wheel drive</source>
            <translation>前轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="26" />
            <source>rear-wheel drive</source>
            <translation>后轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="27" />
            <source>two-wheel drive (front or rear)</source>
            <translation>两轮驱动（前驱或后驱）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="28" />
            <source>all-wheel drive</source>
            <translation>全轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="29" />
            <source>four-wheel drive</source>
            <translation>四轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="30" />
            <source>the maker's all-wheel drive</source>
            <translation>厂商的全轮驱动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="31" />
            <source>hybrid</source>
            <translation>混动</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="32" />
            <source>mild hybrid</source>
            <translation>轻混</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="33" />
            <location filename="buyer_app/text/vehicle_words.py" line="34" />
            <source>plug-in hybrid</source>
            <translation>插混</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="35" />
            <source>flex-fuel (gasoline or E85)</source>
            <translation>灵活燃料（汽油或 E85）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="36" />
            <source>electric</source>
            <translation>纯电</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="41" />
            <source>{n} no price</source>
            <translation>{n} 辆无价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="42" />
            <source>{n} above your max. price</source>
            <translation>{n} 辆高于你的最高价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="43" />
            <source>{n} not plug-ins (no electric range)</source>
            <translation>{n} 辆不是插电车（无纯电续航）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="44" />
            <source>{n} below your min. range</source>
            <translation>{n} 辆低于你的最低续航</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="67" />
            <source>EPA {}</source>
            <translation>EPA {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="110" />
            <source>Price: none sourced; add the car and enter your dealer's price</source>
            <translation>价格：没有来源；请添加这辆车并填写经销商报价</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="114" />
            <source>{} trim</source>
            <translation>{} 配置</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="114" />
            <source>as of {}</source>
            <translation>截至 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="115" />
            <source>Base MSRP {price}</source>
            <translation>厂商指导价 {price}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="116" />
            <location filename="buyer_app/ui/incentives_view.py" line="51" />
            <location filename="buyer_app/ui/sources_dialog.py" line="40" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="127" />
            <source>In the name: {codes}</source>
            <translation>名称中的代号：{codes}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="130" />
            <source>EPA label {label}</source>
            <translation>EPA 标定 {label}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="135" />
            <source>{electric:.0f} km electric, {total:.0f} km in all</source>
            <translation>纯电 {electric:.0f} 公里，综合 {total:.0f} 公里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="140" />
            <source>range {rng:.0f} km</source>
            <translation>续航 {rng:.0f} 公里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="142" />
            <source>{electric:.0f} mi electric, {total:.0f} mi in all</source>
            <translation>纯电 {electric:.0f} 英里，综合 {total:.0f} 英里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="144" />
            <source>range {rng:.0f} mi</source>
            <translation>续航 {rng:.0f} 英里</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="146" />
            <source>battery {kwh:.0f} kWh usable</source>
            <translation>电池可用容量 {kwh:.0f} 千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="160" />
            <location filename="buyer_app/ui/picker.py" line="108" />
            <source>max. price</source>
            <translation>最高价格</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="161" />
            <source>{total} hidden: {parts}</source>
            <translation>已隐藏 {total} 辆：{parts}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="170" />
            <source>No {years} vehicles in the database (it holds {first}–{last}).</source>
            <translation>数据库中没有 {years} 年款的车辆（现有 {first}–{last}）。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="177" />
            <source>Nothing matches {words}; showing the cars that match your other words.</source>
            <translation>没有与 {words} 匹配的结果；显示与你其他关键词匹配的车。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="179" />
            <source>Nothing matches {words}.</source>
            <translation>没有与 {words} 匹配的结果。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="181" />
            <source>No car matches all your words; showing those that match the most.</source>
            <translation>没有车与你的全部关键词匹配；显示匹配最多的车。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="185" />
            <source>(your entry)</source>
            <translation>（自行录入）</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/wording.py" line="22" />
            <source>{} year</source>
            <extracomment>plural: {} years</extracomment>
            <translation>
                <numerusform>{} 年</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/wording.py" line="24" />
            <source>{} month</source>
            <extracomment>plural: {} months</extracomment>
            <translation>
                <numerusform>{} 个月</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="25" />
            <location filename="buyer_app/text/wording.py" line="31" />
            <source>at once</source>
            <translation>立即</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="31" />
            <source>after {}</source>
            <translation>{} 后</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="42" />
            <source>The {label} needs a price before its total can be shown.</source>
            <translation>{label} 需要价格才能显示总费用。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="43" />
            <source>Over {years} years the {label} costs {total} in all.</source>
            <translation>{years} 年内 {label} 总共花费 {total}。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="49" />
            <source>A price is missing for the {missing}, so the totals are not comparable yet.</source>
            <translation>{missing} 缺少价格，因此总费用暂时无法比较。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="52" />
            <source>Over {years} years the {cheap} and the {dear} cost the same.</source>
            <translation>{years} 年内 {cheap} 和 {dear} 花费相同。</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="55" />
            <source>Over {years} years the {cheap} costs {less} less than the {dear}</source>
            <translation>{years} 年内 {cheap} 比 {dear} 少花 {less}</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="60" />
            <source>; it costs more to buy, and is the cheaper one to have owned after {when} (counting what each would sell for then)</source>
            <translation>；它买车时更贵，但在 {when} 后成为持有总成本更低的那辆（计入届时各自的转售价）</translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="77" />
            <source>Energy for your long-trip days ({days} days, first year): {costs}.</source>
            <translation>长途出行日的能源费用（{days} 天，第一年）：{costs}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="72" />
            <source>Enter price, e.g. 32000</source>
            <translation>输入价格，例如 32000</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="83" />
            <source>Open the Uncertainty tab and the Chance cheapest chart: the spreads, the draws, what moves it</source>
            <translation>打开“不确定性”标签页和“最便宜的概率”图表：查看波动范围、抽样次数以及影响因素</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="124" />
            <source>Answer for the {name}</source>
            <translation>{name} 的结果</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="128" />
            <source>What owning it costs over the years, net of what it would sell for at the end</source>
            <translation>持有期间的总成本，已扣除期末出售可得的金额</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="132" />
            <source>Price of the {name}</source>
            <translation>{name} 的价格</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="152" />
            <source>details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="173" />
            <source>Price {text!r} is not allowed: {currency} from 1 to 10,000,000.</source>
            <translation>价格 {text!r} 无效：须为 1 到 10,000,000 {currency}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="178" />
            <source>Type the price you were quoted, in {currency}.</source>
            <translation>请输入你得到的报价，单位为{currency}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/answer_cards.py" line="195" />
            <source>Answer cards</source>
            <translation>结果卡片</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="48" />
            <source>Where the car sleeps and charges</source>
            <translation>车辆在哪里过夜和充电</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="53" />
            <source>Charge by a weekly calendar</source>
            <translation>按每周日程充电</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="54" />
            <source>Unticked: the Household tab's home charging, every night the car is home</source>
            <translation>不勾选：按“家庭”标签页中的家庭充电设置，车辆每晚在家时充电</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="67" />
            <source>{} night</source>
            <translation>{}晚上</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="68" />
            <source>Where the car sleeps the night after {} and what it plugs into there</source>
            <translation>{}晚上车辆在哪里过夜，以及在那里接什么充电</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="74" />
            <source>Overnight trips a year to a relative's plug</source>
            <translation>每年到亲友家过夜的出行次数（在亲友家充电）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="77" />
            <source>Overnight trips ending at a relative's plug</source>
            <translation>以亲友家充电结束的过夜出行</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="83" />
            <source>Plug on those trips</source>
            <translation>这些出行中的充电方式</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="89" />
            <location filename="buyer_app/ui/charging_calendar_box.py" line="111" />
            <source>A relative's price ({}/kWh)</source>
            <translation>亲友家的电价（{}/千瓦时）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="92" />
            <source>A relative's price per kWh</source>
            <translation>亲友家每千瓦时的电价</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="93" />
            <source>your own price</source>
            <translation>你自己的电价</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="94" />
            <source>Empty: {}. 0: they charge nothing.</source>
            <translation>留空：{}。填 0：他们不收费。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="101" />
            <source>Charging calendar problems</source>
            <translation>充电日程有问题</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="142" />
            <source>A relative's price: {!r} is not allowed (empty, or a number from 0 to {:g} {}/kWh)</source>
            <translation>亲友家的电价：{!r} 不允许（留空，或 0 到 {:g} {}/千瓦时之间的数字）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="46" />
            <source>Cost over time</source>
            <translation>累计成本</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="47" />
            <source>Chance cheapest</source>
            <translation>最便宜的概率</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="48" />
            <source>What moves it</source>
            <translation>影响因素</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="49" />
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="50" />
            <source>Breakdown</source>
            <translation>成本构成</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="51" />
            <source>Energy</source>
            <translation>能源</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="52" />
            <source>Range and your days</source>
            <translation>续航与你的日常</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="53" />
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="54" />
            <source>CO2 over the years of ownership</source>
            <translation>持有期间的 CO2 排放</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="74" />
            <source>{label}: {tonnes:,.1f} t</source>
            <translation>{label}：{tonnes:,.1f} 吨</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/ui/chart_tabs.py" line="78" />
            <source>total: {tonnes:,.1f} t over {years} year</source>
            <extracomment>plural: total: {tonnes:,.1f} t over {years} years</extracomment>
            <translation>
                <numerusform>合计：{years} 年共 {tonnes:,.1f} 吨</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="115" />
            <source>Thresholds</source>
            <translation>临界值</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/ui/chart_tabs.py" line="167" />
            <source>CO2 over {years} year</source>
            <extracomment>plural: CO2 over {years} years</extracomment>
            <translation>
                <numerusform>{years} 年的 CO2 排放</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="172" />
            <source>Electricity: {grid}</source>
            <translation>电力：{grid}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="191" />
            <source>Cost so far if sold then: shaded, the likely range (8 in 10 futures); dashed, the middle</source>
            <translation>截至当时出售的累计成本：阴影为可能范围（10 种未来中的 8 种），虚线为中位数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="203" />
            <source>{title} — add a second vehicle to compare a pair</source>
            <translation>{title} — 请再添加一款车型以进行两两比较</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/chart_tabs.py" line="212" />
            <source>No thresholds: one of the pair has no price.</source>
            <translation>没有临界值：这两款车中有一款没有价格。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="79" />
            <source>Your state's (Household tab; average US without one)</source>
            <translation>所在地区的（家庭页；未选时用美国平均）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="83" />
            <source>Your city's (Household tab; average conditions without one)</source>
            <translation>所在城市的（家庭页；未选时用平均条件）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="88" />
            <source>Enter monthly temperatures…</source>
            <translation>输入各月气温…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="96" />
            <source>{month} mean temperature (C)</source>
            <translation>{month}平均气温（°C）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="96" />
            <location filename="buyer_app/ui/climate_box.py" line="61" />
            <source>{month} mean temperature (F)</source>
            <translation>{month}平均气温（°F）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="154" />
            <source>a temperature from {lo} to {hi} C</source>
            <translation>{lo} 至 {hi} °C 之间的气温</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="163" />
            <source>The climate of the state chosen on the Household tab (NOAA 1991-2020 means); with no state, EPA's average US conditions with no monthly adjustment.</source>
            <translation>使用家庭页所选地区的气候（NOAA 1991-2020 平均值）；未选地区时，使用 EPA 的美国平均条件，不按月调整。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="168" />
            <source>The climate of the city chosen on the Household tab (the market pack's monthly means, with their sources); with none, EPA's average US conditions with no monthly adjustment.</source>
            <translation>家庭页所选城市的气候（市场数据包的月平均气温及其来源）；未选城市时，用 EPA 的美国平均条件，不按月调整。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="179" />
            <source>{temps} C, as entered.</source>
            <translation>{temps} °C，按输入。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="179" />
            <source>{temps} F, as entered.</source>
            <translation>{temps} °F，按输入。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="182" />
            <source>{place}: {temps} C. Source: NOAA NCEI nClimDiv 1991-2020 statewide means (public domain).</source>
            <translation>{place}：{temps} °C。来源：NOAA NCEI nClimDiv 1991-2020 全州平均值（公有领域）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="184" />
            <source>{place}: {temps} F. Source: NOAA NCEI nClimDiv 1991-2020 statewide means (public domain).</source>
            <translation>{place}：{temps} °F。来源：NOAA NCEI nClimDiv 1991-2020 全州平均值（公有领域）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="199" />
            <source>{place}: {temps} C. Source: {source} ({date}). Its note for January: {note}</source>
            <translation>{place}：{temps} °C。来源：{source}（{date}）。一月数据的说明：{note}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/climate_box.py" line="201" />
            <source>{place}: {temps} F. Source: {source} ({date}). Its note for January: {note}</source>
            <translation>{place}：{temps} °F。来源：{source}（{date}）。一月数据的说明：{note}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="22" />
            <location filename="buyer_app/ui/vehicle_model.py" line="32" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="23" />
            <source>Total</source>
            <translation>总计</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="24" />
            <source>Per mile</source>
            <translation>每英里</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="25" />
            <source>Per year</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="26" />
            <source>Break-even vs 1st</source>
            <translation>与第 1 款的回本点</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="27" />
            <location filename="buyer_app/ui/vehicle_model.py" line="31" />
            <source>Range</source>
            <translation>续航</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="28" />
            <source>CO2 (all sources)</source>
            <translation>CO2（全部来源）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="88" />
            <source>Per km</source>
            <translation>每公里</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="105" />
            <source>enter price</source>
            <translation>输入价格</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="106" />
            <source>— needs a price</source>
            <translation>— 需要价格</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="136" />
            <source>No total until this vehicle has a price: type your dealer's quote in its Price cell.</source>
            <translation>此车型有价格后才显示总计：在其“价格”单元格中输入经销商报价。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="138" />
            <source>When this vehicle becomes the cheaper one to have owned against the first row (counting what each would sell for then).</source>
            <translation>与第一行相比，此车型何时成为拥有成本更低的一款（计入届时各自的转售价值）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/comparison_model.py" line="153" />
            <source>Price {value} is not allowed: {currency} from 1 to 10,000,000, or empty for the base MSRP.</source>
            <translation>价格 {value} 无效：须为 1 到 10,000,000 {currency}，或留空使用基础指导价。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="37" />
            <source>EPA label (US window sticker)</source>
            <translation>EPA 标签（美国车窗贴）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="38" />
            <source>WLTP (Europe; made real-world x 0.88)</source>
            <translation>WLTP（欧洲；按实际 x 0.88 换算）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="39" />
            <source>CLTC (China; made real-world x 0.85)</source>
            <translation>CLTC（中国；按实际 x 0.85 换算）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="40" />
            <source>measured in your own driving</source>
            <translation>你自己实际驾驶测得</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="44" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="44" />
            <location filename="buyer_app/ui/picker.py" line="93" />
            <source>Make</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="45" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="45" />
            <location filename="buyer_app/ui/picker.py" line="94" />
            <source>Model</source>
            <translation>车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="46" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="46" />
            <location filename="buyer_app/ui/picker.py" line="90" />
            <source>Model year</source>
            <translation>年款</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="47" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="47" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="48" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="48" />
            <source>Figures measured on</source>
            <translation>数字的测试工况</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="49" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="49" />
            <source>Price ({currency})</source>
            <translation>价格（{currency}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="51" />
            <source>Range (km; a plug-in hybrid's electric range)</source>
            <translation>续航（公里；插电混动填纯电续航）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="52" />
            <source>Range (miles; a plug-in hybrid's electric range)</source>
            <translation>续航（英里；插电混动填纯电续航）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="54" />
            <source>Electricity use (kWh/100 km)</source>
            <translation>电耗（千瓦时/百公里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="54" />
            <source>Electricity use (kWh/100 mi)</source>
            <translation>电耗（千瓦时/百英里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="55" />
            <source>Fuel use (L/100 km)</source>
            <translation>油耗（升/百公里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="55" />
            <source>Fuel economy (MPG)</source>
            <translation>燃油经济性（英里/加仑）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="56" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="56" />
            <source>Battery (kWh, usable)</source>
            <translation>电池（千瓦时，可用）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="57" />
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="57" />
            <source>Fastest DC charging (kW)</source>
            <translation>最大直流快充功率（千瓦）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="108" />
            <location filename="buyer_app/ui/custom_vehicles.py" line="68" />
            <source>Change your own vehicle</source>
            <translation>修改你的自定义车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="108" />
            <source>Your own vehicle</source>
            <translation>你的自定义车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="113" />
            <source>A car the list lacks: type the figures you have and say what they were measured on. It is compared like the others and marked “(your entry)”; the profile keeps it.</source>
            <translation>列表中没有的车：填入你掌握的数字，并说明它们的测试工况。它会像其他车一样参与比较，并标为“(your entry)”；方案会保存它。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="136" />
            <source>Problems with the vehicle</source>
            <translation>车型信息的问题</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="212" />
            <source>{field}: {value} is not allowed (a number from {lo} to {hi} {unit})</source>
            <translation>{field}：不允许 {value}（应为 {lo} 到 {hi} {unit} 之间的数字）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="249" />
            <source>{field}: {value} is not allowed (a name of 1 to {most} characters)</source>
            <translation>{field}：不允许 {value}（应为 1 到 {most} 个字符的名称）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="253" />
            <source>{field}: {value} is not allowed (a model year from {first} to {last})</source>
            <translation>{field}：不允许 {value}（应为 {first} 到 {last} 年之间的年款）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="257" />
            <source>{field}: needed for a {type}</source>
            <translation>{field}：{type}必须填写</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicle_dialog.py" line="262" />
            <source>{field}: {value} is not allowed</source>
            <translation>{field}：不允许 {value}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicles.py" line="51" />
            <source>A profile holds at most {n} of your own vehicles: change or remove one.</source>
            <translation>一个方案最多保存 {n} 辆自定义车型：请修改或移除一辆。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicles.py" line="69" />
            <source>Changed your vehicle: {name}</source>
            <translation>已修改你的车型：{name}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicles.py" line="74" />
            <location filename="buyer_app/ui/main_window.py" line="509" />
            <source>Added to the comparison: {names}</source>
            <translation>已加入比较：{names}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicles.py" line="76" />
            <source>Kept in the list; a comparison holds at most {n} vehicles.</source>
            <translation>已保存在列表中；一次比较最多 {n} 辆车。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicles.py" line="77" />
            <source>Add your own vehicle</source>
            <translation>添加自定义车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicles.py" line="92" />
            <source>Remove your own vehicle</source>
            <translation>移除自定义车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/custom_vehicles.py" line="94" />
            <source>Removed your vehicle: {name} (Edit &gt; Undo brings it back)</source>
            <translation>已移除你的车型：{name}（编辑 &gt; 撤销可恢复）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="54" />
            <source>Annual miles only (Household tab)</source>
            <translation>仅年行驶里程（家庭页）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="55" />
            <source>Typical weekday and weekend, long trips</source>
            <translation>典型工作日与周末，加长途</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="56" />
            <source>A weekly schedule and trips by month</source>
            <translation>每周日程与各月长途</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="57" />
            <source>An imported driving log (CSV or JSON)</source>
            <translation>导入的行车记录（CSV 或 JSON）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="59" />
            <source>Driving histories (*.csv *.txt *.json *.zip);;CSV files (*.csv *.txt);;JSON files (*.json);;Takeout archives (*.zip);;All files (*)</source>
            <translation>驾驶记录 (*.csv *.txt *.json *.zip);;CSV 文件 (*.csv *.txt);;JSON 文件 (*.json);;Takeout 压缩包 (*.zip);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="75" />
            <source>MONTH:MILES or MONTH:MILES:same-day, e.g. 7:240</source>
            <translation>月:英里 或 月:英里:same-day，例如 7:240</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="90" />
            <source>How you drive</source>
            <translation>你的用车方式</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="93" />
            <source>Driving pattern</source>
            <translation>用车方式</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="100" />
            <source>Every day is your annual miles / 365. Plug-in hybrids use EPA's utility factors. Describe your days for a truer answer.</source>
            <translation>每天按年里程 / 365 计算。插电混动车使用 EPA 的电驱比例系数。描述你的日常用车可得到更真实的答案。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="115" />
            <source>Typical weekday (mi)</source>
            <translation>典型工作日（英里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="116" />
            <source>Typical weekend day (mi)</source>
            <translation>典型周末日（英里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="117" />
            <source>Long trips a year</source>
            <translation>每年长途次数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="118" />
            <source>Long trip, one way (mi)</source>
            <translation>长途单程（英里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="125" />
            <source>There and back the same day</source>
            <translation>当天往返</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="135" />
            <source>{day} miles</source>
            <translation>{day}英里数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="138" />
            <source>{day} (mi)</source>
            <translation>{day}（英里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="140" />
            <source>e.g. 1:240, 7:240, 12:300:same-day</source>
            <translation>例如 1:240, 7:240, 12:300:same-day</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="142" />
            <location filename="buyer_app/ui/driving_panel.py" line="254" />
            <source>Long trips as MONTH:MILES one way, separated by commas; add :same-day for a trip there and back in one day. Trips fall on that month's Saturdays.</source>
            <translation>长途写作 月:单程英里，用逗号分隔；当天往返加 :same-day。长途安排在该月的星期六。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="148" />
            <source>Long trips</source>
            <translation>长途</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="153" />
            <source>&amp;Import driving log…</source>
            <translation>导入行车记录(&amp;I)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="156" />
            <source>unit from the file</source>
            <translation>按文件中的单位</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="158" />
            <source>kilometres</source>
            <translation>公里</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="163" />
            <source>No log imported. A CSV of dates and distances or odometer readings, a TeslaMate drives or Grafana Drives export, a Google Takeout location history (JSON) or an evcc sessions export.</source>
            <translation>尚未导入记录。可导入日期与里程或里程表读数的 CSV、TeslaMate 行程或 Grafana「Drives」导出、Google Takeout 位置记录（JSON）或 evcc 充电记录导出。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="170" />
            <source>Driving log</source>
            <translation>驾驶记录</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="172" />
            <source>Use the log's temperatures as the climate</source>
            <translation>用记录中的气温作为气候</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="191" />
            <source>Driving problems</source>
            <translation>用车输入问题</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="241" />
            <source>Typical weekday ({unit})</source>
            <translation>典型工作日（{unit}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="242" />
            <source>Typical weekend day ({unit})</source>
            <translation>典型周末日（{unit}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="243" />
            <source>Long trip, one way ({unit})</source>
            <translation>长途单程（{unit}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="247" />
            <source>{day} ({unit})</source>
            <translation>{day}（{unit}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="249" />
            <source>Long trips as MONTH:KM one way, separated by commas; add :same-day for a trip there and back in one day. Trips fall on that month's Saturdays.</source>
            <translation>长途写作 月:单程公里，用逗号分隔；当天往返加 :same-day。长途安排在该月的星期六。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="330" />
            <source>driving log</source>
            <translation>行车记录</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="330" />
            <source>none imported</source>
            <translation>未导入</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="330" />
            <source>a CSV imported with the button above</source>
            <translation>用上方按钮导入的 CSV</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="365" />
            <source>Not used until fixed (the last valid pattern stays in use): </source>
            <translation>修正前不使用（仍使用上一个有效方式）：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="375" />
            <source>Import driving log</source>
            <translation>导入驾驶记录</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/driving_panel.py" line="383" />
            <source>{file} was not imported (nothing changed): </source>
            <translation>{file} 未导入（未做任何更改）：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/error_report.py" line="54" />
            <source>no details</source>
            <translation>无详细信息</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/error_report.py" line="55" />
            <source>Something went wrong inside Vehicle Buyer ({kind}: {what}). The action you took may not have finished.

Nothing you saved was changed.</source>
            <translation>Vehicle Buyer 内部出错（{kind}：{what}）。你的操作可能没有完成。

你已保存的内容没有任何改动。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/error_report.py" line="60" />
            <source> Your unsaved changes are kept: save them, or they are offered again the next time the app starts.</source>
            <translation>你未保存的更改已保留：请保存它们，否则下次启动时会再次提供。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/error_report.py" line="62" />
            <source>

The details were written to {}; please include that file if you report this.</source>
            <translation>

详细信息已写入 {}；报告此问题时请附上该文件。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/error_report.py" line="90" />
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="96" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="103" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="105" />
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="127" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="128" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="130" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="131" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="133" />
            <source>D&amp;uplicate…</source>
            <translation>复制副本(&amp;U)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="134" />
            <source>Rena&amp;me…</source>
            <translation>重命名(&amp;M)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="135" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="137" />
            <source>&amp;Import Profile…</source>
            <translation>导入档案(&amp;I)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="138" />
            <source>E&amp;xport Profile…</source>
            <translation>导出档案(&amp;X)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="139" />
            <source>Export &amp;PDF…</source>
            <translation>导出 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="140" />
            <source>Export PDF &amp;with Appendix…</source>
            <translation>导出带附录的 PDF(&amp;W)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="141" />
            <source>Export &amp;CSV…</source>
            <translation>导出 CSV(&amp;C)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="142" />
            <source>Export X&amp;LSX…</source>
            <translation>导出 XLSX(&amp;L)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="143" />
            <source>Prin&amp;t…</source>
            <translation>打印(&amp;T)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="145" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="146" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="148" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="150" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="154" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="156" />
            <source>&amp;About Vehicle Buyer</source>
            <translation>关于 Vehicle Buyer(&amp;A)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="162" />
            <source>Open profile</source>
            <translation>打开档案</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="162" />
            <location filename="buyer_app/ui/file_controller.py" line="169" />
            <location filename="buyer_app/ui/file_controller.py" line="175" />
            <source>Profiles (*.json)</source>
            <translation>档案 (*.json)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="169" />
            <source>Import profile</source>
            <translation>导入档案</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="175" />
            <source>Export profile</source>
            <translation>导出档案</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="56" />
            <source>Where and when you buy</source>
            <translation>购车地点与时间</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="61" />
            <source>Prices</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="74" />
            <source>Charging</source>
            <translation>充电</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="99" />
            <source>Ownership and financing</source>
            <translation>持有与贷款</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="103" />
            <source>Running costs</source>
            <translation>使用成本</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="118" />
            <source>Insurance and fees</source>
            <translation>保险与税费</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="131" />
            <source>CO2 of electricity</source>
            <translation>电力的 CO2 排放</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="136" />
            <source>from the state table</source>
            <translation>来自地区数据表</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="137" />
            <source>the app's default</source>
            <translation>本应用的默认值</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="140" />
            <location filename="buyer_app/ui/sources_dialog.py" line="50" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="213" />
            <location filename="buyer_app/ui/incentives_view.py" line="249" />
            <source>Note: {note}</source>
            <translation>注：{note}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="219" />
            <source>a percentage from {lo} to {hi}</source>
            <translation>{lo} 到 {hi} 之间的百分比</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="234" />
            <location filename="buyer_app/ui/household_panel.py" line="243" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="237" />
            <source>{label}. Allowed: {allowed}.</source>
            <translation>{label}。允许：{allowed}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="238" />
            <source>Now {value} {unit}: {origin}</source>
            <translation>当前 {value} {unit}：{origin}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="245" />
            <source>App default {value} {unit} — {source} ({date})</source>
            <translation>应用默认值 {value} {unit} — {source}（{date}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="253" />
            <location filename="buyer_app/ui/household_panel.py" line="269" />
            <source>electricity {price}/kWh</source>
            <translation>电价 {price}/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="254" />
            <source>gasoline {price}/gal</source>
            <translation>汽油 {price}/加仑</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="255" />
            <source>sales tax {rate}%</source>
            <translation>销售税 {rate}%</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="256" />
            <source>EV fee {amount} a year</source>
            <translation>电动车费用每年 {amount}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="257" />
            <source>plug-in hybrid fee {amount} a year</source>
            <translation>插电混动车费用每年 {amount}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="258" />
            <source>hybrid fee {amount} a year</source>
            <translation>混动车费用每年 {amount}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="259" />
            <source>grid {amount} lb CO2/MWh</source>
            <translation>电网 {amount} 磅 CO2/兆瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="270" />
            <source>gasoline {price}/L</source>
            <translation>汽油 {price}/升</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="271" />
            <source>purchase tax {rate}% of the price</source>
            <translation>购置税为价格的 {rate}%</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="272" />
            <source>vehicle and vessel tax {amount} a year (fuel cars; NEVs none)</source>
            <translation>车船税每年 {amount}（燃油车；新能源车免征）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="273" />
            <source>grid {amount} g CO2/kWh</source>
            <translation>电网 {amount} 克 CO2/千瓦时</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="275" />
            <source>{place} ({market}, amounts in {currency})</source>
            <translation>{place}（{market}，金额单位 {currency}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="284" />
            <source> (no state figure: kept)</source>
            <translation>（无地区数据：保留原值）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="286" />
            <source> (yours)</source>
            <translation>（你的）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="288" />
            <source>US national figures</source>
            <translation>美国全国数据</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="289" />
            <location filename="buyer_app/ui/household_panel.py" line="278" />
            <source>{head}: {parts}.</source>
            <translation>{head}：{parts}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="327" />
            <source>Distance a year from your driving pattern</source>
            <translation>按你的驾驶模式计算的每年里程</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="328" />
            <location filename="buyer_app/ui/whatif.py" line="65" />
            <source>Distance a year</source>
            <translation>每年里程</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="341" />
            <source>Household input problems</source>
            <translation>家庭输入问题</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="350" />
            <source>Units</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="352" />
            <source>How results, the PDF and the command line show distances and fuel. The inputs below stay in US units (the data is the US EPA's).</source>
            <translation>结果、PDF 和命令行如何显示距离和燃油。下方的输入项仍使用美制单位（数据来自美国 EPA）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="358" />
            <source>Units shown</source>
            <translation>显示单位</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="361" />
            <source>Regional figures in use</source>
            <translation>正在使用的地区数据</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="364" />
            <source>Sources of these figures…</source>
            <translation>这些数据的来源…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="366" />
            <source>Every household figure with where it comes from and its date, the climate and the CO2 factors</source>
            <translation>每项家庭数据及其来源和日期、气候以及 CO2 系数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="394" />
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="410" />
            <source>{km:,.0f} km (from your driving pattern: Driving tab)</source>
            <translation>{km:,.0f} 公里（来自你的用车方式：用车页）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="412" />
            <source>{miles:,.0f} mi (from your driving pattern: Driving tab)</source>
            <translation>{miles:,.0f} 英里（来自你的驾驶模式：“驾驶”标签页）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="497" />
            <source>{id} (not in the incentive data for {state})</source>
            <translation>{id}（不在 {state} 的补贴数据中）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="514" />
            <source>The incentive data names no utility here: pick your state first.</source>
            <translation>补贴数据中此处没有电力公司：请先选择州。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/household_panel.py" line="517" />
            <source>Each can be changed below; hover an input for its source.</source>
            <translation>每项都可在下方修改；将鼠标悬停在输入项上可查看其来源。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="44" />
            <source>Incentive</source>
            <translation>补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="45" />
            <source>Who</source>
            <translation>发放方</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="46" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="47" />
            <source>Why not</source>
            <translation>不适用原因</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="48" />
            <source>Would count</source>
            <translation>若适用可计入</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="49" />
            <source>When paid</source>
            <translation>发放时间</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="50" />
            <source>Dates</source>
            <translation>有效日期</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="52" />
            <source>Last checked</source>
            <translation>最近核实</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="61" />
            <source>the US (federal programs only: pick your state in the Household tab)</source>
            <translation>美国（仅联邦项目：请在家庭页选择你所在的州）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="63" />
            <source>{place} on {day}</source>
            <translation>{place}，{day}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="69" />
            <source>none listed</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="71" />
            <source>{applies} apply, {could} could apply, {other} other</source>
            <translation>{applies} 项适用，{could} 项可能适用，{other} 项其他</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="74" />
            <source>{car}{used} — {amount} applied ({counts})</source>
            <translation>{car}{used} — 已计入 {amount}（{counts}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="80" />
            <source>Applies ({count})</source>
            <translation>适用（{count}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="81" />
            <source>Could apply if something changed ({count})</source>
            <translation>条件改变时可能适用（{count}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="82" />
            <source>Other programs ({count}): ended, for other households, or already covered</source>
            <translation>其他项目（{count}）：已结束、面向其他家庭或已被其他项目覆盖</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="86" />
            <source>{count} programs for one utility's customers each: choose your utility on the Household tab</source>
            <translation>{count} 个项目各面向一家电力公司的客户：请在家庭页选择你的电力公司</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="87" />
            <source>{count} programs of a town or county the app cannot check: add one as your own if you live there</source>
            <translation>{count} 个本应用无法核实的市镇或县项目：如果你住在那里，可作为自己的优惠添加</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="91" />
            <source>you</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="120" />
            <source>Incentives heading</source>
            <translation>补贴标题</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="122" />
            <source>Open every group</source>
            <translation>展开所有分组</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="124" />
            <source>Utility and town programs, ended programs, those for other households and those another program covers</source>
            <translation>电力公司和市镇项目、已结束的项目、面向其他家庭的项目以及被其他项目覆盖的项目</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="131" />
            <source>Incentives by vehicle</source>
            <translation>按车辆列出的补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="148" />
            <source>Selected incentive</source>
            <translation>所选补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="150" />
            <source>Open source</source>
            <translation>打开来源</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="151" />
            <source>Open the selected line's source address in a browser (it is copied too)</source>
            <translation>在浏览器中打开所选行的来源地址（同时复制该地址）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="153" />
            <source>Copy address</source>
            <translation>复制地址</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="154" />
            <source>Copy the selected line's source address</source>
            <translation>复制所选行的来源地址</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="169" />
            <source>Incentives appear here once the comparison has results.</source>
            <translation>比较有结果后，补贴会显示在这里。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="174" />
            <source>Incentives for buying in {}</source>
            <translation>在{}购车的补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="178" />
            <source>, no electric utility chosen (utility programs need it: Household tab)</source>
            <translation>，未选择电力公司（电力公司项目需要：家庭页）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="180" />
            <source>. Double-click a line to open its source.</source>
            <translation>。双击一行可打开其来源。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="214" />
            <source>No incentive in the catalogue for this vehicle in {}</source>
            <translation>目录中没有该车在{}的补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="217" />
            <source>None applies on this purchase date</source>
            <translation>在此购车日期没有适用的补贴</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="243" />
            <source>Select an incentive for its details; hover a line for the same.</source>
            <translation>选择一项补贴查看详情；将鼠标悬停在一行上也可查看。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="245" />
            <source>{level} program, for the {item}: </source>
            <translation>{level} 项目，适用于{item}：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="247" />
            <source>It would count {}.</source>
            <translation>{}，它将计入。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/incentives_view.py" line="266" />
            <source>No browser could be started; the address is copied: {}</source>
            <translation>无法启动浏览器；地址已复制：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="168" />
            <source>&amp;Vehicles</source>
            <translation>车型(&amp;V)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="169" />
            <source>&amp;Household</source>
            <translation>家庭(&amp;H)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="170" />
            <source>&amp;Driving</source>
            <translation>驾驶(&amp;D)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="176" />
            <source>&amp;Uncertainty</source>
            <translation>不确定性(&amp;U)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="187" />
            <source>Comparison results</source>
            <translation>比较结果</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="194" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="195" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="196" />
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="197" />
            <source>Used, own &amp;incentives, insurance, lease, heat pump…</source>
            <translation>二手、自有补贴(&amp;I)、保险、租赁、热泵…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="236" />
            <source>Range and charging notes</source>
            <translation>续航与充电说明</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="240" />
            <source>Home charging hour by hour on your rate plan</source>
            <translation>按您的电价方案逐小时计算的家庭充电</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="288" />
            <source>Change units</source>
            <translation>更改单位</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="356" />
            <source>Results are hidden until the marked household inputs are fixed: </source>
            <translation>请先修正标出的家庭输入项，结果才会显示：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="361" />
            <source>Add vehicles from the list on the left (double-click or Add).</source>
            <translation>从左侧列表添加车型（双击或点“添加”）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="377" />
            <source>Vehicle id {ids} is not in the active database.</source>
            <translation>车型编号 {ids} 不在当前数据库中。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="386" />
            <source>Enter a price for: {names} (type it in its card, or double-click its Price cell).</source>
            <translation>请为以下车型输入价格：{names}（在其卡片中输入，或双击其“价格”单元格）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="442" />
            <source>Change uncertainty settings</source>
            <translation>更改不确定性设置</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="467" />
            <source>Change state</source>
            <translation>更改州/地区</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="467" />
            <source>Change household</source>
            <translation>更改家庭信息</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="480" />
            <source>Change driving or climate</source>
            <translation>更改驾驶或气候</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="484" />
            <source>Change charging calendar</source>
            <translation>更改充电日程</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="487" />
            <source>Clear what-ifs</source>
            <translation>清除假设</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="496" />
            <location filename="buyer_app/ui/whatif.py" line="38" />
            <source>What if: {name}</source>
            <translation>假设：{name}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="504" />
            <source>A comparison holds at most {n} vehicles.</source>
            <translation>一次比较最多容纳 {n} 款车型。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="507" />
            <source>Add vehicle</source>
            <translation>添加车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="511" />
            <source>Already in the comparison.</source>
            <translation>已在比较中。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="516" />
            <source>Change price</source>
            <translation>更改价格</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="525" />
            <source>Select one vehicle in the results first.</source>
            <translation>请先在结果中选择一款车型。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="536" />
            <source>Change vehicle details</source>
            <translation>更改车型详情</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="542" />
            <source>Remove vehicle</source>
            <translation>移除车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/main_window.py" line="551" />
            <source>Reorder vehicles</source>
            <translation>调整车型顺序</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="81" />
            <source>Search: 2025 camry hybrid, suv awd electric, model 3…</source>
            <translation>搜索：2025 凯美瑞 混动、SUV 四驱 纯电、Model 3…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="82" />
            <source>Vehicle search</source>
            <translation>车型搜索</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="84" />
            <source>Words in any order: a model year, make, model, trim, type (hybrid, plug-in, electric, gas), body (SUV, pickup, van, wagon) or drive (AWD, FWD, RWD). Down or Enter goes to the list.</source>
            <translation>词语顺序不限：年款、品牌、车型、配置、类型（hybrid 混动、plug-in 插混、electric 纯电、gas 燃油）、车身（SUV、皮卡、厢式车、旅行车）或驱动方式（AWD、FWD、RWD）。按下方向键或回车进入列表。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="90" />
            <source>Any year</source>
            <translation>任意年款</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="93" />
            <source>Any make</source>
            <translation>任意品牌</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="94" />
            <source>Any model</source>
            <translation>任意车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="95" />
            <source>Trim</source>
            <translation>配置</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="95" />
            <source>Any trim</source>
            <translation>任意配置</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="98" />
            <source>Type filter</source>
            <translation>类型筛选</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="99" />
            <source>Any type</source>
            <translation>任意类型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="104" />
            <source>Body filter</source>
            <translation>车身筛选</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="105" />
            <source>Any body</source>
            <translation>任意车身</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="109" />
            <source>min. range</source>
            <translation>最低续航</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="120" />
            <source>Search note</source>
            <translation>搜索说明</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="123" />
            <source>Details of the current vehicle</source>
            <translation>当前车型详情</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="128" />
            <source>Vehicles listed and hidden</source>
            <translation>已列出和已隐藏的车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="129" />
            <source>&amp;Add to comparison</source>
            <translation>加入比较(&amp;A)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="131" />
            <source>Your o&amp;wn vehicle…</source>
            <translation>自定义车型(&amp;W)…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="132" />
            <source>Enter a car the list lacks: its price, range and consumption on the cycle you have</source>
            <translation>录入列表中没有的车：按你掌握的工况填写价格、续航和能耗</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="134" />
            <source>Change yours…</source>
            <translation>修改自定义…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="135" />
            <source>Change the figures of your own vehicle chosen in the list</source>
            <translation>修改列表中所选自定义车型的数字</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="137" />
            <source>Remove yours</source>
            <translation>移除自定义</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="138" />
            <source>Take your own vehicle chosen in the list out of the profile (Undo brings it back)</source>
            <translation>将列表中所选的自定义车型从方案中移除（撤销可恢复）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="150" />
            <source>Vehicles in the database</source>
            <translation>数据库中的车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="250" />
            <source>base</source>
            <translation>基础版</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="295" />
            <source>Maximum base MSRP in {currency} (cars with no sourced price are hidden too, and counted)</source>
            <translation>最高基础指导价（{currency}）（没有来源价格的车型也会被隐藏，并计入数量）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="299" />
            <source>Maximum base MSRP, {currency}</source>
            <translation>最高基础指导价（{currency}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="301" />
            <source>Minimum electric range in km (cars that do not plug in are hidden, and counted)</source>
            <translation>最低纯电续航（公里）（不能插电的车型会被隐藏，并计入数量）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="302" />
            <source>Minimum electric range, km</source>
            <translation>最低纯电续航（公里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="304" />
            <source>Minimum electric range in miles (cars that do not plug in are hidden, and counted)</source>
            <translation>最低纯电续航（英里）（不能插电的车型会被隐藏，并计入数量）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="305" />
            <source>Minimum electric range, miles</source>
            <translation>最低纯电续航（英里）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="314" />
            <source>Max. price and min. range take a number of 0 or more, e.g. 35000 or 200.</source>
            <translation>最高价格和最低续航须为 0 或以上的数字，例如 35000 或 200。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="324" />
            <source>{shown:,} of {total:,} vehicles</source>
            <translation>共 {total:,} 款车型，显示 {shown:,} 款</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/picker.py" line="355" />
            <source>Choose a car in the list to see its drive, range, EPA label and price with its source.</source>
            <translation>在列表中选择一款车，查看其驱动方式、续航、EPA 标签以及价格及其来源。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="69" />
            <location filename="buyer_app/ui/report_actions.py" line="96" />
            <location filename="buyer_app/ui/report_actions.py" line="124" />
            <source>Nothing to export yet: add vehicles and fix any marked inputs.</source>
            <translation>还没有可导出的内容：请添加车辆并修正标出的输入。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="74" />
            <source>Export PDF with appendix</source>
            <translation>导出含附录的 PDF</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="74" />
            <location filename="buyer_app/ui/scenarios_dialog.py" line="218" />
            <location filename="buyer_app/ui/scenarios_dialog.py" line="227" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="76" />
            <location filename="buyer_app/ui/scenarios_dialog.py" line="218" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="84" />
            <source>PDF not written</source>
            <translation>PDF 未写入</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="86" />
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="100" />
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="100" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="109" />
            <source>CSV not written</source>
            <translation>CSV 未写入</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="110" />
            <location filename="buyer_app/ui/report_actions.py" line="141" />
            <source>Could not write {path}: {reason}. Nothing was changed.</source>
            <translation>无法写入 {path}：{reason}。没有任何改动。</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/ui/report_actions.py" line="113" />
            <source>Wrote {path} ({rows} row)</source>
            <extracomment>plural: Wrote {path} ({rows} rows)</extracomment>
            <translation>
                <numerusform>已写入 {path}（{rows} 行）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="129" />
            <source>Export XLSX</source>
            <translation>导出 XLSX</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="131" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="140" />
            <source>Workbook not written</source>
            <translation>工作簿未写入</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="144" />
            <source>Wrote {path} ({sheets} sheets)</source>
            <translation>已写入 {path}（{sheets} 个工作表）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="166" />
            <source>About Vehicle Buyer</source>
            <translation>关于 Vehicle Buyer</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="167" />
            <source>&lt;h3&gt;Vehicle Buyer {version}&lt;/h3&gt;&lt;p&gt;What an electric car, a plug-in hybrid, a hybrid or a gasoline car really costs your household.&lt;/p&gt;&lt;p&gt;Vehicles: US EPA / DOE fueleconomy.gov, file of {source_date} (public domain).&lt;br&gt;Battery and charging specs: OpenEV Data 1.24.0 (CDLA-Permissive-2.0) and Chargeprice Open EV Data 2021 (MIT).&lt;br&gt;Base prices: curated table, newest as of {prices_as_of}, source per row.&lt;br&gt;Defaults: each with its source and date (hover a household input).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Vehicle Buyer {version}&lt;/h3&gt;&lt;p&gt;电动车、插电混动、油电混动或燃油车，对你的家庭来说真正要花多少钱。&lt;/p&gt;&lt;p&gt;车辆：美国 EPA / DOE fueleconomy.gov，{source_date} 版文件（公有领域）。&lt;br&gt;电池和充电参数：OpenEV Data 1.24.0（CDLA-Permissive-2.0）和 Chargeprice Open EV Data 2021（MIT）。&lt;br&gt;基础价格：人工整理的表格，最新截至 {prices_as_of}，每行注明来源。&lt;br&gt;默认值：每项都注明来源和日期（将鼠标悬停在家庭输入项上查看）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="184" />
            <source>Data in use (each with its own date):</source>
            <translation>正在使用的数据（各附其自身日期）：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/run_control.py" line="66" />
            <source>Simulation is off (tick Simulate uncertainty).</source>
            <translation>模拟已关闭（勾选“模拟不确定性”以开启）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/run_control.py" line="68" />
            <location filename="buyer_app/ui/run_control.py" line="69" />
            <source>Simulating {draws:,} futures…</source>
            <translation>正在模拟 {draws:,} 种未来情景…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/run_control.py" line="70" />
            <source>Simulation stopped (Run again to restart it).</source>
            <translation>模拟已停止（点“重新运行”可再次开始）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/run_control.py" line="71" />
            <source>The simulation failed ({error}); the results above do not depend on it.</source>
            <translation>模拟失败（{error}）；上方结果不受其影响。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/run_control.py" line="82" />
            <source>{draws:,} futures in {seconds:.2f} s</source>
            <translation>{draws:,} 种未来情景，用时 {seconds:.2f} 秒</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="96" />
            <source>Compare scenarios</source>
            <translation>比较情景</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="108" />
            <source>A quick change:</source>
            <translation>一个快速变化：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="109" />
            <source>A saved profile:</source>
            <translation>一个已保存的档案：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="125" />
            <source>(no saved profiles yet: File &gt; Save As…)</source>
            <translation>（还没有已保存的档案：文件 &gt; 另存为…）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="146" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="152" />
            <source>Compare “{name}” (A) with (B):</source>
            <translation>将“{name}”（A）与（B）比较：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="181" />
            <source>saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="210" />
            <source>Cannot compare these: {why}</source>
            <translation>无法比较：{why}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="227" />
            <source>The PDF could not be written: {why}</source>
            <translation>PDF 无法写入：{why}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="239" />
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="242" />
            <source>Compare scenarios…</source>
            <translation>比较情景…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="243" />
            <source>This household against a change (a charger, years, cash or a loan) or a saved profile</source>
            <translation>将这个家庭与一个变化（充电桩、持有年限、全款或贷款）或一个已保存的档案比较</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="40" />
            <source>Input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="40" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="40" />
            <source>Origin</source>
            <translation>出处</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="40" />
            <source>As of</source>
            <translation>截至</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="40" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="56" />
            <source>not given (0)</source>
            <translation>未填写（0）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="81" />
            <source>{} (set in the Driving tab)</source>
            <translation>{}（在用车页设置）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="83" />
            <source>{} (follows the household's state)</source>
            <translation>{}（跟随家庭所在地区）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="85" />
            <source>average US conditions (as EPA labels)</source>
            <translation>美国平均条件（同 EPA 标签）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="86" />
            <source>monthly means (F): </source>
            <translation>月平均（°F）：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="87" />
            <source>your figures</source>
            <translation>你的数据</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="87" />
            <source>EPA label method</source>
            <translation>EPA 标签方法</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="92" />
            <source>Climate (monthly temperatures)</source>
            <translation>气候（各月气温）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="94" />
            <source>Range and fuel economy by temperature</source>
            <translation>续航与油耗随气温变化</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="99" />
            <source>CO2 factors</source>
            <translation>二氧化碳系数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="101" />
            <source>Tailpipe CO2</source>
            <translation>尾气二氧化碳</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="103" />
            <source>Electricity CO2</source>
            <translation>电力二氧化碳</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="112" />
            <source>Electricity CO2 at your meter</source>
            <translation>电表处的电力二氧化碳</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="115" />
            <source>{}: grid CO2 intensity / (1 - grid losses)</source>
            <translation>{}：电网二氧化碳强度 /（1 − 电网损耗）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="131" />
            <source>{} in year 1</source>
            <translation>第 1 年 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="157" />
            <source>Sources of these figures</source>
            <translation>这些数据的来源</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="161" />
            <source>Where and when: {place}, buying on {day}. Origin: “state” from the state table, “default” the app's national figure, “yours” a figure you set. Select a row to read it in full below.</source>
            <translation>地点与时间：{place}，{day} 购车。出处：“state” 来自地区数据表，“default” 为应用的全国数据，“yours” 为你设置的数据。选择一行可在下方阅读全文。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="169" />
            <source>Sources of the household's figures</source>
            <translation>家庭数据的来源</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="198" />
            <source>The selected row in full</source>
            <translation>所选行全文</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/sources_dialog.py" line="201" />
            <source>Copy selected rows</source>
            <translation>复制所选行</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/start_preview.py" line="23" />
            <source>Loading live results…</source>
            <translation>正在载入实时结果…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/start_preview.py" line="72" />
            <source>Saved answer, loading live results</source>
            <translation>已保存的答案，正在载入实时结果</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/start_preview.py" line="89" />
            <source>Loading</source>
            <translation>正在载入</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="28" />
            <source>Your utility's rate plan</source>
            <translation>您所在电力公司的电价方案</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="31" />
            <location filename="buyer_app/ui/tariff_box.py" line="42" />
            <source>Rate plan</source>
            <translation>电价方案</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="32" />
            <source>None: the home electricity rate above</source>
            <translation>无：使用上面的家庭电价</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="35" />
            <source>From a URDB file…</source>
            <translation>从 URDB 文件读取…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="36" />
            <source>Read a rate plan from a URDB JSON file</source>
            <translation>从 URDB JSON 文件读取电价方案</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="47" />
            <location filename="buyer_app/ui/tariff_box.py" line="49" />
            <source>Home charging starts at</source>
            <translation>家庭充电开始时间</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="52" />
            <source>About the rate plan</source>
            <translation>关于电价方案</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="70" />
            <source>from a file</source>
            <translation>来自文件</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="92" />
            <source>Open a URDB rate</source>
            <translation>打开 URDB 电价</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="92" />
            <source>JSON files (*.json);;All files (*)</source>
            <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="102" />
            <source>This file was not used: {why}</source>
            <translation>未使用此文件：{why}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="117" />
            <source>Home charging is priced at the home electricity rate above.</source>
            <translation>家庭充电按上面的家庭电价计费。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="121" />
            <source>{utility}, effective {start}; URDB {label}</source>
            <translation>{utility}，{start} 起生效；URDB {label}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/tariff_box.py" line="125" />
            <source>The car's kWh are priced hour by hour on top of {kwh:,.0f} kWh a month of household use; the fixed charge is the household's anyway.</source>
            <translation>汽车用电在家庭每月 {kwh:,.0f} kWh 用电之上逐小时计价；固定费用本来就由家庭承担。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="47" />
            <source>Number of futures simulated (draws)</source>
            <translation>模拟的未来情景数（抽样次数）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="48" />
            <source>More draws give steadier percentages and take longer. App default {default}.</source>
            <translation>抽样越多，百分比越稳定，但耗时更长。应用默认值 {default}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="51" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="52" />
            <source>The same seed gives the same futures again (saved with the profile). App default {default}.</source>
            <translation>相同的种子会再次给出相同的未来情景（随档案保存）。应用默认值 {default}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="68" />
            <location filename="buyer_app/ui/vehicle_details.py" line="200" />
            <source>a number from {lo} to {hi}</source>
            <translation>{lo} 到 {hi} 之间的数字</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="70" />
            <location filename="buyer_app/ui/vehicle_details.py" line="200" />
            <source>a whole number from {lo} to {hi}</source>
            <translation>{lo} 到 {hi} 之间的整数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="71" />
            <source>a whole number from 0 to 2^63-1</source>
            <translation>0 到 2^63-1 之间的整数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="94" />
            <source>±{points} points a year</source>
            <translation>每年 ±{points} 个百分点</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="96" />
            <location filename="buyer_app/ui/uncertainty_panel.py" line="134" />
            <source>about ±{share}% a year</source>
            <translation>每年约 ±{share}%</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="96" />
            <source>about ±{share}%</source>
            <translation>约 ±{share}%</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="111" />
            <source>How sure is the verdict? The app simulates many futures at once for every compared vehicle (the same futures for each, so differences between cars are not noise). Each spread is one standard deviation; hover an input for its allowed range and its source.</source>
            <translation>结论有多可靠？本应用为每辆比较的车同时模拟许多种未来（每辆车用相同的未来情景，因此车与车之间的差异不是噪声）。每个离散度为一个标准差；将鼠标悬停在输入框上可查看允许范围及来源。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="120" />
            <source>Spreads of the uncertain inputs</source>
            <translation>不确定输入的离散度</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="124" />
            <source>{label}. Allowed: {allowed}. App default {default}.
Source: {source}</source>
            <translation>{label}。允许：{allowed}。应用默认值 {default}。
来源：{source}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="140" />
            <source>Simulation</source>
            <translation>模拟</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="143" />
            <source>{label}. Allowed: {allowed}. {text}</source>
            <translation>{label}。允许：{allowed}。{text}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="148" />
            <source>The pair to explain (tornado, difference, thresholds)</source>
            <translation>要解释的两辆车（龙卷风图、差额、临界值）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="151" />
            <source>First vehicle</source>
            <translation>第一辆车</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="151" />
            <source>Against</source>
            <translation>对比</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="154" />
            <source>Pair to explain: {which}</source>
            <translation>要解释的两辆车：{which}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="156" />
            <source>Which two vehicles the tornado, the histogram of the difference and the thresholds compare. Automatic: the two cheapest over the years owned. Kept in this window only.</source>
            <translation>龙卷风图、差额直方图和临界值比较哪两辆车。自动：持有期内最省钱的两辆。仅在本窗口中保留。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="165" />
            <source>Back to the default spreads</source>
            <translation>恢复默认离散度</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="166" />
            <source>Every spread and the number of draws at the app's default (the seed is kept)</source>
            <translation>将所有离散度和抽样次数恢复为应用默认值（保留种子）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="174" />
            <source>Uncertainty input problems</source>
            <translation>不确定性输入问题</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="244" />
            <source>Automatic: the cheapest</source>
            <translation>自动：最省钱的</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="244" />
            <source>Automatic: the runner-up</source>
            <translation>自动：次省钱的</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="265" />
            <source>The pair to explain needs two different vehicles (the two cheapest are used).</source>
            <translation>要解释的两辆车必须不同（将使用最省钱的两辆）。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="296" />
            <source>Simulate uncertainty</source>
            <translation>模拟不确定性</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="299" />
            <source>Simulate many futures of prices, miles, resale and running costs to say how sure the verdict is (bands, chance of being cheapest, what moves it)</source>
            <translation>模拟价格、里程、转售价值和使用成本的多种未来情景，以说明结论有多可靠（区间、最便宜的概率、影响因素）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="307" />
            <source>Simulation progress</source>
            <translation>模拟进度</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="309" />
            <location filename="buyer_app/ui/uncertainty_panel.py" line="330" />
            <location filename="buyer_app/ui/uncertainty_panel.py" line="323" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="314" />
            <source>Uncertainty settings…</source>
            <translation>不确定性设置…</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/uncertainty_panel.py" line="330" />
            <source>Run again</source>
            <translation>重新运行</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="30" />
            <source>Insurance quote, {currency} a year (empty: the household's figure)</source>
            <translation>保险报价，每年 {currency}（留空：使用家庭数据）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="31" />
            <source>Lease: due at signing, {currency}</source>
            <translation>租赁：签约时支付，{currency}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="32" />
            <source>Lease: monthly payment, {currency}</source>
            <translation>租赁：月付，{currency}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="33" />
            <source>Lease: term, months</source>
            <translation>租赁：期限，月</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="37" />
            <source>Your own incentive (dealer, employer…)</source>
            <translation>你自己的优惠（经销商、雇主…）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="46" />
            <source>Your own incentive {}</source>
            <translation>你自己的优惠 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="52" />
            <source>Details — {}</source>
            <translation>详情 — {}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="59" />
            <source>Bought used</source>
            <translation>购买二手车</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="62" />
            <source>Incentives for used vehicles are checked instead of those for new ones. Enter the price you are quoted (the price column of the results): the base MSRP is for a new car.</source>
            <translation>将核对二手车的补贴，而不是新车的。请输入你得到的报价（结果中的价格列）：基础指导价是新车的价格。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="72" />
            <source>Add another own incentive</source>
            <translation>再添加一项自己的优惠</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="89" />
            <source>Heat pump</source>
            <translation>热泵</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="90" />
            <source>not known (fleet-average winter loss)</source>
            <translation>未知（按车队平均冬季损失）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="90" />
            <source>yes</source>
            <translation>有</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="90" />
            <source>no</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="94" />
            <source>Winter range: Recurrent 2024/25 found 83% of normal range with a heat pump, 75% without, 80% on average</source>
            <translation>冬季续航：Recurrent 2024/25 发现有热泵时为正常续航的 83%，无热泵 75%，平均 80%</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="96" />
            <source>Heat pump (plug-ins: winter range)</source>
            <translation>热泵（插电车：冬季续航）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="106" />
            <source>Leave a field empty to use nothing (or the household's figure). Your own incentives are always counted, on top of the programs the app finds (Incentives tab). Lease terms are used when the household pays by lease.</source>
            <translation>留空表示不使用（或使用家庭数据）。你自己的优惠总会计入，并叠加本应用找到的项目（补贴页）。家庭以租赁方式付款时使用租赁条款。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="122" />
            <source>name, e.g. dealer discount</source>
            <translation>名称，例如经销商折扣</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="126" />
            <source>Own incentive {}: name</source>
            <translation>自己的优惠 {}：名称</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="127" />
            <source>Own incentive {k}: amount, {currency}</source>
            <translation>自己的优惠 {k}：金额，{currency}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="150" />
            <source>{where}: the name has {count} characters (at most {most})</source>
            <translation>{where}：名称有 {count} 个字符（最多 {most} 个）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="155" />
            <source>{where}: the name {name} holds control characters</source>
            <translation>{where}：名称 {name} 含有控制字符</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="159" />
            <source>{where}: {name} needs an amount (a number from 0 to {most} {currency})</source>
            <translation>{where}：{name} 需要金额（0 到 {most} {currency} 之间的数字）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="170" />
            <source>{where}: amount {value} is not allowed (a number from 0 to {most} {currency})</source>
            <translation>{where}：金额 {value} 不允许（0 到 {most} {currency} 之间的数字）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="176" />
            <source>your own incentive</source>
            <translation>你自己的优惠</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="185" />
            <source>Your own incentives add up to {own}, more than the vehicle's price ({price})</source>
            <translation>你自己的优惠合计 {own}，超过了车价（{price}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_details.py" line="209" />
            <source>Lease: give all three (due at signing, monthly, term) or none</source>
            <translation>租赁：三项（签约时支付、月付、期限）要么都填，要么都不填</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_model.py" line="33" />
            <source>Energy/yr</source>
            <translation>能源/年</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_model.py" line="38" />
            <source>The EPA window-sticker figure: combined MPG, or MPGe for electric cars</source>
            <translation>EPA 车窗标签数值：综合 MPG，电动车为 MPGe</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_model.py" line="39" />
            <source>EPA range in miles (a plug-in hybrid: with its gasoline)</source>
            <translation>EPA 续航（英里）（插电混动：含汽油部分）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_model.py" line="40" />
            <source>Base MSRP from the sourced price table (hover a price for its source)</source>
            <translation>来自有出处价格表的基础建议零售价（将鼠标悬停在价格上可查看来源）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_model.py" line="41" />
            <source>Energy a year for this household's driving, charging and prices</source>
            <translation>按此家庭的驾驶、充电和价格计算的每年能源费用</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_model.py" line="166" />
            <source>Per 100 km</source>
            <translation>每 100 公里</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/vehicle_model.py" line="193" />
            <source>ask</source>
            <translation>询价</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="61" />
            <source>Vehicle Buyer works out what a battery-electric car, a plug-in hybrid, a hybrid or a gasoline car would cost your household over the years you keep it (purchase, financing, energy, maintenance, insurance, fees, incentives and resale), and whether its range and charging fit the way you drive. It runs offline on your own numbers: every figure can be changed, and each says where it comes from.</source>
            <translation>Vehicle Buyer 计算纯电动车、插电混动车、混动车或燃油车在你持有期间会让你的家庭花费多少（购车、贷款、能源、保养、保险、税费、补贴和残值），以及它的续航和充电是否适合你的用车方式。它离线运行，使用你自己的数字：每个数据都可以修改，并注明来源。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="67" />
            <source>A sample is copied into your profiles folder ({folder}) and opened from there, so the next start reopens it; the original stays as shipped. Prices the app's table lacks, lease offers and incomes in the samples are illustrative inputs, not quotes.</source>
            <translation>示例会复制到你的档案文件夹（{folder}）并从那里打开，因此下次启动会重新打开它；原件保持不变。示例中应用数据表缺少的价格、租赁报价和收入只是示意输入，不是报价。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="84" />
            <source>less than a month old</source>
            <translation>不到一个月</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/ui/welcome.py" line="86" />
            <source>{} month old</source>
            <extracomment>plural: {} months old</extracomment>
            <translation>
                <numerusform>{} 个月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/ui/welcome.py" line="87" />
            <source>{} year old</source>
            <extracomment>plural: {} years old</extracomment>
            <translation>
                <numerusform>{} 年</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="97" />
            <location filename="buyer_app/ui/welcome.py" line="132" />
            <source>unknown date</source>
            <translation>日期未知</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="127" />
            <source>the fueleconomy.gov file you imported</source>
            <translation>你导入的 fueleconomy.gov 文件</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="127" />
            <source>the US EPA / DOE fueleconomy.gov file</source>
            <translation>美国 EPA / DOE 的 fueleconomy.gov 文件</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="129" />
            <source>vehicles</source>
            <translation>车型</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="130" />
            <source> of model years {first}–{last}</source>
            <translation>（{first}–{last} 年款）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="131" />
            <source> from {which} vehicles.csv of {date}</source>
            <translation>，来自{which}中 {date} 的 vehicles.csv</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="137" />
            <source>electricity prices of {} (EIA)</source>
            <translation>{} 年的电价（EIA）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="138" />
            <source>gasoline of the week of {} (EIA)</source>
            <translation>{} 当周的汽油价格（EIA）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="139" />
            <source>vehicle sales tax mostly as of {}</source>
            <translation>车辆销售税大多截至 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="142" />
            <source>EV and hybrid fees set {}</source>
            <translation>电动车和混动车费用设定于 {}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="143" />
            <source>grid CO2 from eGRID2023 (published {})</source>
            <translation>电网二氧化碳来自 eGRID2023（发布于 {}）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="147" />
            <source>Where the figures come from: {vehicles}; base prices from the app's curated table, newest as of {prices}; incentives from Rewiring America's data of {incentives} plus the federal programs; state figures: {states}.</source>
            <translation>数据来源：{vehicles}；基础价格来自本应用整理的价格表，最新截至 {prices}；补贴来自 Rewiring America {incentives} 的数据及联邦项目；地区数据：{states}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="167" />
            <source>The {market} market (the app's pack, built {built}): {vehicles} with prices as of {prices}; city figures as of {regions}; incentives checked {incentives}.</source>
            <translation>{market}市场（本应用的数据包，构建于 {built}）：{vehicles}，价格截至 {prices}；城市数据截至 {regions}；补贴核对于 {incentives}。</translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/ui/welcome.py" line="173" />
            <location filename="buyer_app/ui/welcome.py" line="129" />
            <source>{} vehicle</source>
            <extracomment>plural: {} vehicles</extracomment>
            <translation>
                <numerusform>{} 款车型</numerusform>
            </translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="197" />
            <location filename="buyer_app/ui/welcome.py" line="210" />
            <source>Welcome to Vehicle Buyer</source>
            <translation>欢迎使用 Vehicle Buyer</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="230" />
            <source>Start with one of these households, or with a blank comparison:</source>
            <translation>从以下家庭之一开始，或从空白比较开始：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="240" />
            <source>Open the sample: {}</source>
            <translation>打开示例：{}</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="245" />
            <source>Start blank</source>
            <translation>空白开始</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="246" />
            <source>An empty comparison with the national averages: pick your state, then add vehicles from the list.</source>
            <translation>使用全国平均值的空白比较：先选择你所在的地区，再从列表中添加车辆。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="288" />
            <source>Sample not opened</source>
            <translation>未打开示例</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="289" />
            <source>The sample “{}” could not be read: </source>
            <translation>无法读取示例“{}”：</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="298" />
            <source>Opened the sample without saving it: {folder} cannot be written ({error}). Use Save As to keep it.</source>
            <translation>已打开示例但未保存：无法写入 {folder}（{error}）。请用“另存为”保留它。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/welcome.py" line="306" />
            <source>Opened the sample “{name}”, saved as {path}.</source>
            <translation>已打开示例“{name}”，保存为 {path}。</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="17" />
            <location filename="buyer_app/ui/whatif.py" line="65" />
            <source>Miles a year</source>
            <translation>每年里程</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="20" />
            <source>Years owned</source>
            <translation>持有年数</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="20" />
            <source>{:.0f} years</source>
            <translation>{:.0f} 年</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="48" />
            <source>Back to the household's values</source>
            <translation>恢复家庭设定值</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="87" />
            <source>(what if)</source>
            <translation>（假设）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="100" />
            <source>Scales every day of your driving pattern (Driving tab) to this many km a year</source>
            <translation>将驾驶模式（“驾驶”标签页）中的每一天按比例缩放到每年这么多公里</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="102" />
            <source>Scales every day of your driving pattern (Driving tab) to this many miles a year</source>
            <translation>将驾驶模式（“驾驶”标签页）中的每一天按比例缩放到每年这么多英里</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="107" />
            <source>, x{factor:.2f} (what if)</source>
            <translation>，×{factor:.2f}（假设）</translation>
        </message>
        <message>
            <location filename="buyer_app/ui/whatif.py" line="109" />
            <source>{distance} (pattern{scaled})</source>
            <translation>{distance}（驾驶模式{scaled}）</translation>
        </message>
        <message>
            <source>; public about {days} days, {cost} a year</source>
            <translation type="obsolete">；每年约 {days} 天需公共充电，每年 {cost}</translation>
        </message>
        <message>
            <source>A relative's price ($/kWh)</source>
            <translation type="obsolete">亲友家的电价（$/千瓦时）</translation>
        </message>
        <message>
            <source>A relative's price: {!r} is not allowed (empty, or a number from 0 to {:g} $/kWh)</source>
            <translation type="obsolete">亲友家的电价：{!r} 不允许（可留空，或填 0 到 {:g} $/千瓦时之间的数字）</translation>
        </message>
        <message>
            <source>An imported driving log (CSV)</source>
            <translation type="obsolete">导入的行车记录（CSV）</translation>
        </message>
        <message>
            <source>Break-even {a} vs {b}: after {when} ({years:.1f} years)</source>
            <translation type="obsolete">{a} 与 {b} 的盈亏平衡点：{when}后（{years:.1f} 年）</translation>
        </message>
        <message>
            <source>CO2 over {years} years</source>
            <translation type="obsolete">{years} 年的 CO2 排放</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="obsolete">CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Charging at a relative's {} nights a week, it</source>
            <translation type="obsolete">每周 {} 晚在亲友家充电，</translation>
        </message>
        <message>
            <source>Charging on {b} instead of {a}: {diff} a year</source>
            <translation type="obsolete">用 {b} 代替 {a} 充电：每年 {diff}</translation>
        </message>
        <message>
            <source>Cheapest over {years} years, and cheaper from day one.</source>
            <translation type="obsolete">{years} 年内最省钱，而且从第一天起就更便宜。</translation>
        </message>
        <message>
            <source>Cheapest over {years} years: pays back its higher price in {when}.</source>
            <translation type="obsolete">{years} 年内最省钱：较高的车价在 {when} 内赚回。</translation>
        </message>
        <message>
            <source>Costs {more} more over {years} years than the {best}.</source>
            <translation type="obsolete">{years} 年内比 {best} 多花 {more}。</translation>
        </message>
        <message>
            <source>Counted in the totals on page 1. Federal tax credits for new electric cars ended on 2025-09-30; a tax credit is worth its full amount only if you owe that much tax.</source>
            <translation type="obsolete">已计入第 1 页的总费用。新电动车的联邦税收抵免已于 2025-09-30 结束；只有你的应纳税额不少于抵免额时，税收抵免才能全额兑现。</translation>
        </message>
        <message>
            <source>Data: OpenEI U.S. Utility Rate Database (NREL), CC BY 4.0. Show one: buyer-app tariffs show ID</source>
            <translation type="obsolete">数据：OpenEI 美国公用事业电价数据库（NREL），CC BY 4.0。查看其一：buyer-app tariffs show ID</translation>
        </message>
        <message>
            <source>Difference in total cost (USD)</source>
            <translation type="obsolete">总费用差额（美元）</translation>
        </message>
        <message>
            <source>Household: {driven}, {city:.0%} city, regular {gas}, electricity {electricity}/kWh, {financing}, {years} years. Database: {file} of {date} ({origin}).</source>
            <translation type="obsolete">家庭：{driven}，市区占 {city:.0%}，普通汽油 {gas}，电价 {electricity}/千瓦时，{financing}，{years} 年。数据库：{file}，{date}（{origin}）。</translation>
        </message>
        <message>
            <source>Licence plate in {city}: {cars} need an auction plate (about {price}, not in the totals).</source>
            <translation type="obsolete">{city} 的牌照：{cars} 需要拍卖牌照（约 {price}，不计入总费用）。</translation>
        </message>
        <message>
            <source>Maximum base MSRP in USD (cars with no sourced price are hidden too, and counted)</source>
            <translation type="obsolete">最高基础建议零售价（美元）（没有来源价格的车型也会被隐藏，并计入数量）</translation>
        </message>
        <message>
            <source>Maximum base MSRP, USD</source>
            <translation type="obsolete">最高基础建议零售价（美元）</translation>
        </message>
        <message>
            <source>Miles a year from your driving pattern</source>
            <translation type="obsolete">按你的驾驶模式计算的每年里程</translation>
        </message>
        <message>
            <source>No home charging: public about {days} days, {cost} a year</source>
            <translation type="obsolete">家中无法充电：每年约 {days} 天需公共充电，每年 {cost}</translation>
        </message>
        <message>
            <source>No log imported. A CSV with a date column and a distance column (miles or km), e.g. a mileage-tracker export.</source>
            <translation type="obsolete">尚未导入记录。需要一个含日期列和距离列（英里或公里）的 CSV，例如里程记录应用的导出文件。</translation>
        </message>
        <message>
            <source>Pays back its higher price in {when}, yet costs {more} more over {years} years than the {best}.</source>
            <translation type="obsolete">较高的车价在 {when} 内赚回，但 {years} 年内仍比 {best} 多花 {more}。</translation>
        </message>
        <message>
            <source>Peak hours by season (weekdays):</source>
            <translation type="obsolete">各季节高峰时段（工作日）：</translation>
        </message>
        <message>
            <source>Price {text!r} is not allowed: US dollars from 1 to 10,000,000.</source>
            <translation type="obsolete">价格 {text!r} 无效：须为 1 到 10,000,000 美元。</translation>
        </message>
        <message>
            <source>Type the price you were quoted, in US dollars.</source>
            <translation type="obsolete">请输入你得到的报价（美元）。</translation>
        </message>
        <message>
            <source>Vehicle Buyer</source>
            <translation type="obsolete">Vehicle Buyer</translation>
        </message>
        <message>
            <source>Wrote {path} ({rows} rows)</source>
            <translation type="obsolete">已写入 {path}（{rows} 行）</translation>
        </message>
        <message>
            <source>keep {n} years</source>
            <translation type="obsolete">持有 {n} 年</translation>
        </message>
        <message>
            <source>keeps the car {n} years</source>
            <translation type="obsolete">持有车辆 {n} 年</translation>
        </message>
        <message>
            <source>never pays back in {} years</source>
            <translation type="obsolete">{} 年内赚不回</translation>
        </message>
        <message>
            <source>no known price: costed on running costs only (not comparable with priced vehicles); give one with --price {id}=USD</source>
            <translation type="obsolete">没有已知价格：只按使用成本计算（不能与有价格的车比较）；用 --price {id}=USD 给出价格</translation>
        </message>
        <message>
            <source>public $/yr</source>
            <translation type="obsolete">公共充电 $/年</translation>
        </message>
        <message>
            <source>purchase includes sales tax</source>
            <translation type="obsolete">购车费用含销售税</translation>
        </message>
        <message>
            <source>purchase includes sales tax and the home charger installation</source>
            <translation type="obsolete">购车费用含销售税和家用充电桩安装费</translation>
        </message>
        <message>
            <source>total: {tonnes:,.1f} t over {years} years</source>
            <translation type="obsolete">合计：{years} 年共 {tonnes:,.1f} 吨</translation>
        </message>
        <message>
            <source>{cars} get a free plate</source>
            <translation type="obsolete">{cars} 可免费获得牌照</translation>
        </message>
        <message>
            <source>{cars} need a licence plate from the monthly auction (about {price}; kept for your next car, so not counted in the totals)</source>
            <translation type="obsolete">{cars} 需要通过每月拍卖获得牌照（约 {price}；可留给你的下一辆车，因此不计入总费用）</translation>
        </message>
        <message>
            <source>{considered} vehicles match; {priced} with a known price, ranked by {years}-year total cost (each costed as bought new at its base MSRP):</source>
            <translation type="obsolete">{considered} 辆车符合条件；其中 {priced} 辆有已知价格，按 {years} 年总费用排序（均按以厂商指导价购买新车计算）：</translation>
        </message>
        <message>
            <source>{count} other programs do not apply ({ended} ended; the rest paused, for other households or already covered): --json lists each with its reason</source>
            <translation type="obsolete">另有 {count} 个项目不适用（{ended} 个已结束；其余已暂停、面向其他家庭或已被覆盖）：--json 会逐一列出原因</translation>
        </message>
        <message>
            <source>{name} is {age} ({date}); a new release of the app refreshes it.</source>
            <translation type="obsolete">{name}距今已 {age}（{date}）；应用的新版本会更新它。</translation>
        </message>
        <message>
            <source>{name} is {age} ({date}); refresh it with `{command}`.</source>
            <translation type="obsolete">{name}距今已 {age}（{date}）；请用 `{command}` 更新。</translation>
        </message>
        <message>
            <source>{name} was not imported (nothing changed): {problems}</source>
            <translation type="obsolete">{name} 未导入（未作任何更改）：{problems}</translation>
        </message>
        <message>
            <source>{total} over {years} years</source>
            <translation type="obsolete">{years} 年共 {total}</translation>
        </message>
    </context>
</TS>
