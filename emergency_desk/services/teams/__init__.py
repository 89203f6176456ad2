"""救援队伍 register: teams (teams), their members and certificates (members), equipment and its
upkeep (equipment), and the lists with real headcounts read from them (views)."""
