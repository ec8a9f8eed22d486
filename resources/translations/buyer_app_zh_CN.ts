<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>buyer_app</name>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="55" />
            <source>Two scenarios side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="58" />
            <source>The household in each scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="60" />
            <source>What each car costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="64" />
            <source>over {n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="66" />
            <source>over {a} years in A and {b} years in B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="68" />
            <source>Totals are the price less incentives plus every running cost {years}, less the car's value at the end; a month is the total spread over the months kept. A car without a known price shows no cost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/report/scenarios.py" line="74" />
            <source>Made by Vehicle Buyer on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="94" />
            <source>The only car with a price so far: give the others one to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="96" />
            <source>Cheapest over {years} years, and cheaper from day one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="100" />
            <source>Cheapest over {years} years: pays back its higher price in {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="101" />
            <source>Pays back its higher price in {when}, yet costs {more} more over {years} years than the {best}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="104" />
            <source>Costs {more} more over {years} years than the {best}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="121" />
            <source>Needs a price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="121" />
            <source>No total until it has one: type your dealer's quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="123" />
            <source>{} a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="124" />
            <source>{total} over {years} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="135" />
            <source>base MSRP {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="136" />
            <source>your price {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="145" />
            <source>Your own price for model year {year}, imported from your price file; {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="148" />
            <source>Base MSRP of the {trim} trim, model year {year}, as of {date}; source: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="163" />
            <source>Not counted until it has a price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="165" />
            <source>Almost sure: cheapest in nearly every future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="167" />
            <source>Almost never the cheapest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="170" />
            <source>Rarely: cheapest in under 1 of 10 futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="171" />
            <source>Very likely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="171" />
            <source>Likely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="171" />
            <source>A toss-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="171" />
            <source>Unlikely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="172" />
            <source>{lead}: cheapest in {n} of 10 futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="188" />
            <source>Range {summer} all year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="188" />
            <source>On battery {summer} all year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="191" />
            <source>Range {summer}, {winter} in {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="191" />
            <source>On battery {summer}, {winter} in {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="197" />
            <source>Range {} on a tank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="212" />
            <source>Electric share unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="212" />
            <source>{:.0%} of your driving electric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="214" />
            <source> (EPA's label: {:.0%})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="215" />
            <source>; public charging {} a year</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/answer.py" line="219" />
            <source>At a relative's {} night a week</source>
            <extracomment>plural: At a relative's {} nights a week</extracomment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="221" />
            <source>No home charging: public about {days} days, {cost} a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="223" />
            <source>Home covers {:.0%} of your days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="225" />
            <source>Charges at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="228" />
            <source>; no public charging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="229" />
            <location filename="buyer_app/text/answer.py" line="220" />
            <source>; public about {days} days, {cost} a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="237" />
            <location filename="buyer_app/text/charging.py" line="53" />
            <source>Public charging costs about {} a year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="241" />
            <source>How sure: simulating the futures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="308" />
            <source>needs a price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="314" />
            <source>pays back in {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="315" />
            <source>cheaper for {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="317" />
            <source>cheaper from day one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="319" />
            <source>same cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/answer.py" line="320" />
            <source>never pays back in {} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="22" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="55" />
            <source>every night: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="59" />
            <source>; {visits} overnight visits a year with {plug}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="64" />
            <source>; at a relative's: free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/calendar.py" line="64" />
            <source>; at a relative's {}/kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="19" />
            <source>Range unknown in the database, so daily coverage cannot be judged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="21" />
            <source>, about {:.0f} hours).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="25" />
            <source>Charging at a relative's {} night a week, it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="27" />
            <source>Charging at a relative's {} nights a week, it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="30" />
            <source>Without home charging, it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="34" />
            <source> needs a public charge on about {days:.0f} days a year ({stops:.0f} DC fast stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="40" />
            <source>Covers {:.0%} of your days from home charging.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/charging.py" line="43" />
            <source>{} road trip</source>
            <extracomment>plural: {} road trips</extracomment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="44" />
            <source>, about {:.0f} hours a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="46" />
            <source>Your {trips} add about {stops:.0f} fast charging stops{hours}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="50" />
            <source>Your {trips} need no fast charging.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="58" />
            <source>In January it needs about {:.0f} fast-charging stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="60" />
            <source>In January it needs about {:.0f} fast-charging stops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="65" />
            <source>In {month} its usable range ({range} less the reserve) is shorter than your longest regular day ({longest}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="80" />
            <source> (EPA's label assumes {:.0%})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="83" />
            <source>Without home charging it runs almost only on gasoline: {share:.0%} of your kilometres electric{label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="85" />
            <source>Without home charging it runs almost only on gasoline: {share:.0%} of your miles electric{label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="89" />
            <source>About {share:.0%} of your kilometres would be electric{label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/charging.py" line="91" />
            <source>About {share:.0%} of your miles would be electric{label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="27" />
            <source>married filing jointly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="28" />
            <source>single</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="29" />
            <location filename="buyer_app/text/incentives.py" line="47" />
            <source>head of household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="30" />
            <location filename="buyer_app/text/incentives.py" line="49" />
            <source>married filing separately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="32" />
            <source>own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="32" />
            <source>rent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="33" />
            <source>average of the latest months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="33" />
            <source>the latest week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="34" />
            <source>published curves by car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="34" />
            <source>your yearly rates below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="36" />
            <source>Level 2 (240 V) at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="37" />
            <source>Level 1 (120 V) at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="38" />
            <source>No charging at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="40" />
            <source>Flat rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="40" />
            <source>Time of use (off-peak price)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="41" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="41" />
            <source>Free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="41" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="42" />
            <source>per kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="42" />
            <source>per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="43" />
            <source>DC fast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="43" />
            <source>Public Level 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="44" />
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="44" />
            <source>Loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="44" />
            <source>Lease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="48" />
            <source>US (mi, gal, MPG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="49" />
            <source>Metric (km, L/100 km, kWh/100 km)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="54" />
            <source>Home Level 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="55" />
            <source>Home Level 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="56" />
            <source>Relative's Level 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="57" />
            <source>Relative's Level 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="58" />
            <location filename="buyer_app/text/choices.py" line="66" />
            <source>No plug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="62" />
            <source>Home L2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="63" />
            <source>Home L1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="64" />
            <source>Relative L2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="65" />
            <source>Relative L1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="70" />
            <source>Battery electric (BEV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="71" />
            <source>Plug-in hybrid (PHEV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="72" />
            <source>Hybrid (HEV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="73" />
            <source>Gasoline (ICE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="74" />
            <location filename="buyer_app/text/choices.py" line="107" />
            <source>Diesel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="75" />
            <source>Flex-fuel (E85)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="76" />
            <source>Fuel cell (FCEV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="77" />
            <source>Natural gas (CNG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="103" />
            <source>Electric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="104" />
            <source>Plug-in hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="105" />
            <source>Hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="106" />
            <location filename="buyer_app/text/thresholds.py" line="12" />
            <source>Gasoline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="108" />
            <source>Flex-fuel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="109" />
            <source>Fuel cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="110" />
            <source>Natural gas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="115" />
            <source>Cars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="116" />
            <source>Two-seaters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="117" />
            <source>SUVs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="118" />
            <source>Pickup trucks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/choices.py" line="119" />
            <source>Minivans and vans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="11" />
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="12" />
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="13" />
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="14" />
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="15" />
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="16" />
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="17" />
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="27" />
            <source>{:,.0f} miles a year, spread evenly (no daily pattern set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="31" />
            <location filename="buyer_app/text/driving.py" line="61" />
            <source>there and back the same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="31" />
            <location filename="buyer_app/text/driving.py" line="61" />
            <source>back the next day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="32" />
            <source>; {count} trips of {miles:,.0f} mi each way ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="35" />
            <source>{weekday:,.0f} mi on weekdays, {weekend:,.0f} mi on weekend days{trips}: {annual:,.0f} mi a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="40" />
            <source>weekly schedule ({week} mi), {count} long trips: {annual:,.0f} mi a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="44" />
            <source>driving log {source}: {annual:,.0f} mi a year{detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="57" />
            <source>{annual} {unit} a year, spread evenly (no daily pattern set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="62" />
            <source>; {count} trips of {dist} {unit} each way ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="65" />
            <source>{weekday} {unit} on weekdays, {weekend} {unit} on weekend days{trips}: {annual} {unit} a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="70" />
            <source>weekly schedule ({week} {unit}), {count} long trips: {annual} {unit} a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/driving.py" line="74" />
            <source>driving log {source}: {annual} {unit} a year{detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="18" />
            <source>paused (no new applications when last checked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="19" />
            <source>claimed by the leasing company, not by you; counts only if your lease passes it on (then add it as your own incentive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="21" />
            <source>for purchases only, not leases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="22" />
            <source>for leases only, not purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="23" />
            <source>has an income limit; enter your household income to check it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="24" />
            <source>electric range below the program's lowest tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="25" />
            <source>a share of the price, and the price is not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="26" />
            <source>for a home Level 2 charger, and you have none in this plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="27" />
            <source>for a home charger, and your plan has no charger cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="28" />
            <source>for homeowners only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="29" />
            <source>for renters only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="30" />
            <source>the charger's cost is already covered by the programs above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="31" />
            <source>the incentives above already cover the whole price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="35" />
            <source>starts {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="36" />
            <source>ended {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="37" />
            <source>price limit {}; the vehicle's price is not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="38" />
            <source>price above the {} cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="39" />
            <source>MSRP cap {}; the vehicle's MSRP is not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="40" />
            <source>MSRP above the {} cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="41" />
            <source>the same program's larger amount ({}) is counted instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="42" />
            <source>trimmed to the vehicle's price ({}): the incentives above already cover the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="43" />
            <source>only in {}; the app cannot check your address (add it as your own incentive if you qualify)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="46" />
            <source>joint filers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="48" />
            <source>single filers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="52" />
            <source>at purchase (taken off the price by the dealer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="53" />
            <source>at purchase (a voucher)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="54" />
            <source>weeks after purchase (apply with the program)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="55" />
            <source>as a credit on the electricity bill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="56" />
            <source>when you file taxes for the purchase year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="57" />
            <source>at purchase (your own offer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="64" />
            <source>a household of {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="77" />
            <source>amount works out to {} for this vehicle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="79" />
            <source>proposed, not enacted as far as known: {note} (last verified {checked})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="83" />
            <source>its funding is not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="83" />
            <source>last known to pay on {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="84" />
            <source>not counted: whether it still pays on {day} is not confirmed ({known}; {note}; last verified {checked})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="88" />
            <source> (set your utility)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="88" />
            <source>only for customers of {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="90" />
            <source>income limit the app cannot check ({})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="90" />
            <source>no usable table in the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="93" />
            <source>no income limit given for filing status {} in the program's table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="94" />
            <source>no income limit given for a household of {} in the program's table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="96" />
            <source>income above the limit ({income} &gt; {limit} for {who})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="100" />
            <source>income below this tier ({income} &lt; {low}); another tier may apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="115" />
            <source>start not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="115" />
            <source>from {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="116" />
            <source>no end date known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="116" />
            <source>to {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="121" />
            <location filename="buyer_app/text/incentives.py" line="168" />
            <source>entered by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="125" />
            <source>your own figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="130" />
            <source>Home charger: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="157" />
            <source>your own entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="160" />
            <source>{name} ({who}): {amount}, paid {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="163" />
            <source>{name} ({who}): not applied — {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="169" />
            <source>{dates}; source {source}; last checked {checked}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="173" />
            <source>if your household income is under its limit (enter your income to check)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="174" />
            <source>once the vehicle's price is known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="175" />
            <source>if you install a home Level 2 charger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="176" />
            <source>if your lease passes the credit on to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="177" />
            <source>if its funding is confirmed for your purchase day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="188" />
            <source>if your household income is under its limit (check with the program)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="192" />
            <source>if your electric utility is {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="194" />
            <source>if you live in {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="196" />
            <source>with a trim or deal under {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="198" />
            <source>if you buy instead of leasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="198" />
            <source>if you lease instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="199" />
            <source>if you buy on or after {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="224" />
            <source>a new electric car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="225" />
            <source>a used electric car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="226" />
            <source>a new plug-in hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="227" />
            <source>a used plug-in hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="228" />
            <source>a new hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="229" />
            <source>a used hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/incentives.py" line="230" />
            <source>a home charger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/ranking.py" line="8" />
            <source>not ranked as new: their nameplate's newest EPA model year is older than {year}, so they are no longer sold new and their old MSRP is not a price you can pay; listed apart on running costs (energy, maintenance, insurance, fees)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/ranking.py" line="16" />
            <source>no longer sold new: last model year {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="38" />
            <source>{state} grid: {subregion}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="40" />
            <source>US average grid (eGRID2023)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="41" />
            <source>your grid figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="93" />
            <source>Where and when: {state}, buying on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="94" />
            <source> (today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="95" />
            <source>, utility {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="110" />
            <source>Incentives on {day} in {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="115" />
            <source>{label}{used}: {amount} applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="116" />
            <source> (used)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="128" />
            <source>{line}; it would count {could}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="135" />
            <source>{count} programs only for customers of one utility each ({names}): give yours with --utility ID (`buyer-app incentives --state XX --utilities`)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="144" />
            <source>{count} local programs the app cannot check from a state ({names}): add one with --incentive if you qualify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="152" />
            <source>{count} other programs do not apply ({ended} ended; the rest paused, for other households or already covered): --json lists each with its reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="164" />
            <source>CO2 over {years} years (kg; {grid}, {kg:.3f} kg/kWh with grid losses)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="172" />
            <source>{label}: tailpipe {tailpipe:,.0f}, electricity {electricity:,.0f}, upstream fuel {upstream:,.0f}; total {tonnes:,.1f} t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="197" />
            <source>{codes} ended {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="200" />
            <source>{code} ended for chargers after {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="201" />
            <source>The federal credits {}; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="201" />
            <location filename="buyer_app/text/scenarios.py" line="111" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="202" />
            <source>programs the app cannot check (limited to an area, or with an income table it cannot read) are listed but never counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="209" />
            <source>Plus curated entries typed from public pages (the federal credits and state programs whose rules the imported data lacks), each naming its page and when it was last checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="217" />
            <source>the US (no state chosen: federal programs only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="221" />
            <source>No incentive in the catalogue for this vehicle in {place} on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="228" />
            <source>not set: utility programs are listed but not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="234" />
            <source>you own your home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="234" />
            <source>you rent your home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="236" />
            <source>income not given: programs with an income limit are not counted; {home}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/region.py" line="237" />
            <source>{} person</source>
            <extracomment>plural: {} people</extracomment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="238" />
            <source>{income} a year, {status}, {people}; {home}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="249" />
            <source>(your figure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="250" />
            <source>(app default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="250" />
            <source>(app default, {})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="254" />
            <source>EV {bev}, plug-in hybrid {phev}, hybrid {hev} a year over a gasoline car {origin}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/region.py" line="263" />
            <source>{lb:,.0f} lb/MWh, {grid}; {loss:.1%} grid losses: {kg:.3f} kg per kWh at the meter {origin}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="14" />
            <source>with a Level 2 charger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="15" />
            <source>without home charging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="16" />
            <source>keep 5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="17" />
            <source>keep 10 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="18" />
            <source>pay cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="19" />
            <source>take a loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="26" />
            <source>keep {n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="39" />
            <source>keeps the car {n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="41" />
            <source>has “{how}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="43" />
            <source>pays with “{how}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="44" />
            <source>“{name}” already {now}: choose another change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="49" />
            <source>In “{b}” rather than “{a}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="51" />
            <source>Kept {b} years instead of {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="54" />
            <source>With a Level 2 charger at home (its {cost} installation counted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="56" />
            <source>With a Level 2 charger at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="57" />
            <source>Without charging at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="58" />
            <source>Paying cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="59" />
            <source>With a loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="65" />
            <source>the {car} costs {b} a month instead of {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="70" />
            <source>no car's cost changes over {n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="71" />
            <source>the {car} costs {amount} {direction} over {n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="74" />
            <source>less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="74" />
            <source>more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="81" />
            <source>no car has a known price, so none is the cheapest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="83" />
            <source>the cheapest car stays the {car}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="85" />
            <source>the cheapest car is the {car}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="86" />
            <source>the cheapest car becomes the {car} (instead of the {was})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="94" />
            <source>{lead}, no car is in both scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="96" />
            <source>{lead}, no car in both scenarios has a known price to compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="102" />
            <source>Without a known price, {cars} cannot be compared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="105" />
            <source>{n} cars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="106" />
            <source>Only in “{name}”: {cars}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="122" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="123" />
            <source>{n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="126" />
            <source>no car with a known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="130" />
            <source>Charging at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="131" />
            <source>Charger installation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="132" />
            <source>Kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="133" />
            <source>How you pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="134" />
            <source>Driving a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="135" />
            <source>Cheapest car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="140" />
            <source>Vehicle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="140" />
            <source>A total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="140" />
            <source>B total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="140" />
            <source>B − A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="140" />
            <source>A a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="140" />
            <source>B a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="152" />
            <source>no change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="161" />
            <source>no price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="172" />
            <source>not in B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/scenarios.py" line="175" />
            <source>not in A</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="22" />
            <source>Cannot open profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="23" />
            <source>Vehicles left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="24" />
            <location filename="buyer_app/text/session.py" line="25" />
            <location filename="buyer_app/text/session.py" line="26" />
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="27" />
            <source>Cannot import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="28" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="32" />
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="33" />
            <source>Could not save to {path}: {reason}. Nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="34" />
            <source>Not saved to {path}: {reason}. The file on disk was not changed; your changes are still in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="36" />
            <source>“{file}” is open in another copy of the app, so this window shows it read-only. Use Save As to keep your changes under another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="38" />
            <source>“{file}” was changed on disk by another program or copy of the app since you opened it; it was not overwritten. Use Save As to keep your version too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="40" />
            <source>Nothing can be saved in your data folder: {reason}. Nothing was lost: your changes are still in this window; File &gt; Export Profile… writes them elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="42" />
            <source>“{file}” is open in another copy of the app ({owner}); choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="43" />
            <source>Could not save to {path}: it was changed on disk since you opened it. Nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="44" />
            <source>“{file}” could not be opened: {reason}. The file was not changed{copy}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="45" />
            <source>“{file}” is open in another copy of the app; not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="46" />
            <source>Vehicle id {ids} is not in the active database or not costed by the app; it was left out of the comparison (the file is unchanged until you save).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="48" />
            <location filename="buyer_app/text/session.py" line="51" />
            <source>{reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="49" />
            <source>“{file}” is open in another copy of the app; it cannot be renamed from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="50" />
            <source>“{file}” is open in another copy of the app; it cannot be deleted from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="52" />
            <location filename="buyer_app/ui/report_actions.py" line="82" />
            <source>Could not write {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="53" />
            <source>Unsaved changes cannot be kept for crash recovery ({reason}); save them to keep them. Nothing saved was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="55" />
            <source>A recovery file could not be used ({reason}){copy}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="56" />
            <source>Recovered the unsaved changes from the last session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="60" />
            <source>; a copy was set aside as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="61" />
            <source>; a copy was kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="64" />
            <source> They named “{named}”, which is not a profile in your profiles folder, so they are open as a new profile: Save asks for a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="81" />
            <location filename="buyer_app/text/sources.py" line="100" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="99" />
            <source>{name}[*]{read_only} — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="100" />
            <source> (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="106" />
            <source>Read-only: {reason}. Nothing can be saved there; File &gt; Export Profile… keeps your work elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="111" />
            <source>Recovered changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="112" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="116" />
            <source>Save the changes to “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="119" />
            <source>Profile in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="120" />
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="125" />
            <source>“{file}” is open in another copy of {app} ({owner}).

Open it read-only? You can look and change things, and keep them with Save As under another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="132" />
            <source>another copy of the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="137" />
            <source>Save As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="137" />
            <source>Name of this comparison:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="137" />
            <location filename="buyer_app/text/session.py" line="139" />
            <source>{name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="138" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="138" />
            <source>Name of the copy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="138" />
            <source>{name} (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="139" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="139" />
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="148" />
            <source>Replace?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="149" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="153" />
            <source>A profile named “{name}” exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/session.py" line="157" />
            <source>Delete the saved profile “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="16" />
            <source>a car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="16" />
            <source>a sports car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="16" />
            <source>an SUV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="16" />
            <source>a pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="16" />
            <source>a minivan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="17" />
            <source>83% of its range at 32 F with a heat pump, 75% without, 80% when not known (Recurrent 2025)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="33" />
            <source>your quote for this car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="35" />
            <source>your figure for every car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="37" />
            <source>estimated: {reference} for a reference car in {where} ({source}, {as_of}) x {body_factor:.2f} for {body} x {powertrain_factor:.2f} for its powertrain x (its value / {price})^{elasticity:g}; the part for collision and theft falls with its value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="43" />
            <source>the US</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="43" />
            <source>your state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="58" />
            <source>your yearly rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="60" />
            <source>{:.1%} of its price after 5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="66" />
            <source>keeps {kept}. {source} ({as_of})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="70" />
            <source>{:.0%} of its range at 32 F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="76" />
            <source>keeps {kept}: {source} ({as_of})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="81" />
            <source>keeps {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="94" />
            <source>your price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="96" />
            <source> for the {} trim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="97" />
            <source>your imported price{trim}, as of {as_of}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="99" />
            <source>base MSRP, {trim}, MY{year}, as of {as_of}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="109" />
            <source>no known price: costed on running costs only (not comparable with priced vehicles); give one with --price {id}=USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="116" />
            <source>price is your MY{year} price (the latest known)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="118" />
            <source>price is the MY{year} base MSRP (the latest known)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="124" />
            <source>the price is your own, from your price file ({where}), not a base MSRP; another for this comparison: --price {id}=USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="131" />
            <source>base MSRP of the {trim} trim; your trim or dealer may differ (--price {id}=USD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="134" />
            <source>purchase includes sales tax and the home charger installation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/sources.py" line="136" />
            <source>purchase includes sales tax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="13" />
            <source>Electricity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="14" />
            <source>Driving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="15" />
            <source>Keeping it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="18" />
            <source>gasoline stays above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="19" />
            <source>electricity stays above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="20" />
            <location filename="buyer_app/text/thresholds.py" line="31" />
            <source>you drive more than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="23" />
            <source>gasoline stays below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="24" />
            <source>electricity stays below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="25" />
            <location filename="buyer_app/text/thresholds.py" line="36" />
            <source>you drive less than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="29" />
            <source>gasoline rises above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="30" />
            <source>electricity rises above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="34" />
            <source>gasoline falls below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="35" />
            <source>electricity falls below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="43" />
            <source>{}/gal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="45" />
            <source>{}/kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="47" />
            <source>{:,.0f} miles a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="48" />
            <source>{:.1f} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="57" />
            <source>{what} anywhere from {low} to {high} does not change which of the {a} and the {b} is cheaper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="63" />
            <source>The {above} becomes the cheaper one to have owned if you keep it at least {value} (you plan {current:g}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="67" />
            <source>The {above} stays cheaper than the {below} as long as {bound} {value} (now {current}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/thresholds.py" line="74" />
            <source>The {below} stays cheaper than the {above} as long as {bound} {value} (now {current}); beyond it the {above} wins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="21" />
            <source>gasoline price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="22" />
            <source>electricity price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="23" />
            <source>annual miles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="24" />
            <source>yearly loss of value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="25" />
            <source>maintenance and repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="26" />
            <source>insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="27" />
            <source>battery health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="40" />
            <source>{:.1f} points more a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="40" />
            <source>{:.1f} points less a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="42" />
            <source>{:.0%} higher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="42" />
            <source>{:.0%} lower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="50" />
            <source>{name} ({low:+.1f} / {high:+.1f} pts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="61" />
            <source>over 99%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="61" />
            <source>under 1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="68" />
            <source>in nearly all futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="70" />
            <source>in almost no futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="73" />
            <source>in about half the futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="75" />
            <source>in more than 9 of 10 futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="77" />
            <source>in fewer than 1 of 10 futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="78" />
            <source>in about {} of 10 futures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="86" />
            <source>No vehicle has a known price, so none can be called the cheapest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="89" />
            <source>Only the {label} has a known price: in 8 of 10 futures simulated its total comes to between {low} and {high}. Give the others a price to compare them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="93" />
            <source>The {label} is the cheapest {futures} simulated ({chance} of {draws:,})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="98" />
            <source>; yet at today's figures the {rival} is the cheaper one, so the two are close to even</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="101" />
            <source>; the {rival} wins mainly if {words} {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="105" />
            <source>; against the {rival}, {input} matters most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="183" />
            <source>How sure ({draws:,} futures, seed {seed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="189" />
            <source>no known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="192" />
            <source>never the cheapest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="194" />
            <source>cheapest in under 1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="196" />
            <source>cheapest in {:.0%}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="201" />
            <source>{label}: total P10 {p10}, median {p50}, P90 {p90}; {chance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="212" />
            <source>{b} minus {a}: P10 {p10}, median {p50}, P90 {p90}; the {b} is cheaper in {share:.0%}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="216" />
            <source>What moves that difference most (each input alone at its P10 and P90):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/uncertainty.py" line="221" />
            <source>{input}: {at_low} at {low}, {at_high} at {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="23" />
            <location filename="buyer_app/text/vehicle_words.py" line="24" />
            <source>front-wheel drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="25" />
            <source>rear-wheel drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="26" />
            <source>two-wheel drive (front or rear)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="27" />
            <source>all-wheel drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="28" />
            <source>four-wheel drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="29" />
            <source>the maker's all-wheel drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="30" />
            <source>hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="31" />
            <source>mild hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="32" />
            <location filename="buyer_app/text/vehicle_words.py" line="33" />
            <source>plug-in hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="34" />
            <source>flex-fuel (gasoline or E85)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="35" />
            <source>electric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="40" />
            <source>{n} no price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="41" />
            <source>{n} above your max. price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="42" />
            <source>{n} not plug-ins (no electric range)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="43" />
            <source>{n} below your min. range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="66" />
            <source>EPA {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="109" />
            <source>Price: none sourced; add the car and enter your dealer's price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="114" />
            <source>Base MSRP {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="115" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="126" />
            <source>In the name: {codes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="129" />
            <source>EPA label {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="133" />
            <source>{electric:.0f} mi electric, {total:.0f} mi in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="135" />
            <source>range {rng:.0f} mi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="137" />
            <source>battery {kwh:.0f} kWh usable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="151" />
            <source>max. price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="152" />
            <source>{total} hidden: {parts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="161" />
            <source>No {years} vehicles in the database (it holds {first}–{last}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="168" />
            <source>Nothing matches {words}; showing the cars that match your other words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="170" />
            <source>Nothing matches {words}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/vehicle_words.py" line="172" />
            <source>No car matches all your words; showing those that match the most.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/wording.py" line="22" />
            <source>{} year</source>
            <extracomment>plural: {} years</extracomment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="buyer_app/text/wording.py" line="24" />
            <source>{} month</source>
            <extracomment>plural: {} months</extracomment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="25" />
            <location filename="buyer_app/text/wording.py" line="31" />
            <source>at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="31" />
            <source>after {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="42" />
            <source>The {label} needs a price before its total can be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="43" />
            <source>Over {years} years the {label} costs {total} in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="48" />
            <source> and the </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="49" />
            <source>A price is missing for the {missing}, so the totals are not comparable yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="52" />
            <source>Over {years} years the {cheap} and the {dear} cost the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="55" />
            <source>Over {years} years the {cheap} costs {less} less than the {dear}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="60" />
            <source>; it costs more to buy, and is the cheaper one to have owned after {when} (counting what each would sell for then)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/text/wording.py" line="77" />
            <source>Energy for your long-trip days ({days} days, first year): {costs}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="47" />
            <source>Where the car sleeps and charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="52" />
            <source>Charge by a weekly calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="53" />
            <source>Unticked: the Household tab's home charging, every night the car is home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="66" />
            <source>{} night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="67" />
            <source>Where the car sleeps the night after {} and what it plugs into there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="73" />
            <source>Overnight trips a year to a relative's plug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="76" />
            <source>Overnight trips ending at a relative's plug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="82" />
            <source>Plug on those trips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="88" />
            <source>A relative's price ($/kWh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="90" />
            <source>A relative's price per kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="91" />
            <source>your own price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="92" />
            <source>Empty: {}. 0: they charge nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="99" />
            <source>Charging calendar problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/charging_calendar_box.py" line="139" />
            <source>A relative's price: {!r} is not allowed (empty, or a number from 0 to {:g} $/kWh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="70" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="77" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="79" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="119" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="121" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="123" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="127" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="135" />
            <source>Open profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="135" />
            <location filename="buyer_app/ui/file_controller.py" line="142" />
            <location filename="buyer_app/ui/file_controller.py" line="148" />
            <source>Profiles (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="142" />
            <source>Import profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/file_controller.py" line="148" />
            <source>Export profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="67" />
            <location filename="buyer_app/ui/report_actions.py" line="94" />
            <source>Nothing to export yet: add vehicles and fix any marked inputs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="72" />
            <source>Export PDF with appendix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="72" />
            <location filename="buyer_app/ui/scenarios_dialog.py" line="218" />
            <location filename="buyer_app/ui/scenarios_dialog.py" line="227" />
            <source>Export PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="74" />
            <location filename="buyer_app/ui/scenarios_dialog.py" line="218" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="82" />
            <source>PDF not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="84" />
            <source>Wrote {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="98" />
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="98" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="107" />
            <source>CSV not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="108" />
            <source>Could not write {path}: {reason}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="111" />
            <source>Wrote {path} ({rows} rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="133" />
            <source>About Vehicle Buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/report_actions.py" line="134" />
            <source>&lt;h3&gt;Vehicle Buyer {version}&lt;/h3&gt;&lt;p&gt;What an electric car, a plug-in hybrid, a hybrid or a gasoline car really costs your household.&lt;/p&gt;&lt;p&gt;Vehicles: US EPA / DOE fueleconomy.gov, file of {source_date} (public domain).&lt;br&gt;Battery and charging specs: OpenEV Data 1.24.0 (CDLA-Permissive-2.0) and Chargeprice Open EV Data 2021 (MIT).&lt;br&gt;Base prices: curated table, newest as of {prices_as_of}, source per row.&lt;br&gt;Defaults: each with its source and date (hover a household input).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="96" />
            <source>Compare scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="108" />
            <source>A quick change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="109" />
            <source>A saved profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="125" />
            <source>(no saved profiles yet: File &gt; Save As…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="146" />
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="152" />
            <source>Compare “{name}” (A) with (B):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="181" />
            <source>saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="210" />
            <source>Cannot compare these: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="227" />
            <source>The PDF could not be written: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="239" />
            <source>&amp;Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="242" />
            <source>Compare scenarios…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="buyer_app/ui/scenarios_dialog.py" line="243" />
            <source>This household against a change (a charger, years, cash or a loan) or a saved profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a relative's {} nights a week</source>
            <translation type="obsolete" />
        </message>
        <message>
            <source>{} months</source>
            <translation type="obsolete" />
        </message>
        <message>
            <source>{} people</source>
            <translation type="obsolete" />
        </message>
        <message>
            <source>{} road trips</source>
            <translation type="obsolete" />
        </message>
        <message>
            <source>{} years</source>
            <translation type="obsolete" />
        </message>
    </context>
</TS>
