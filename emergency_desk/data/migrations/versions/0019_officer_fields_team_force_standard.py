"""officer fields and supplies/teams details (issue 16 part B): person 民族/文化程度/政治面貌/住址,
info_officer 职业技能等级 + certificate, supply_item 保质期过半轮换, rescue_team 队伍性质,
equipment_standard (县/乡/村 三级配置标准)

Values that earlier imports kept in the extra-fields store (`extra` JSON, keyed by the sheet's
header) under these columns' names move into the new columns, so the form and the export show
them in their own place and nothing typed is lost: a value that does not fit (a 发证日期 that is
not a date, a clash with a value already in the column) stays in `extra`.

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-05 20:30:00
"""
import json
import re
from datetime import date

from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

# Extra-field header (spaces and brackets removed) → person column.
PERSON_KEYS = {'民族': 'ethnicity', '文化程度': 'education', '学历': 'education',
               '政治面貌': 'political_status', '住址': 'address', '家庭住址': 'address',
               '现住址': 'address', '家庭地址': 'address', '工作单位': 'employer'}
# → info_officer column.
POST_KEYS = {'职业技能等级': 'skill_level', '技能等级': 'skill_level',
             '证书编号': 'skill_cert_no', '职业技能等级证书编号': 'skill_cert_no',
             '发证日期': 'skill_cert_date', '发证时间': 'skill_cert_date'}
# The old category values that say who staffs a team → its 队伍性质.
FORCE_OF_CATEGORY = {'militia_team': 'militia_force', 'volunteer_team': 'volunteer_force',
                     'micro_fire_station': 'micro_fire_force',
                     'forest_fire_team': 'half_pro_fire', 'enterprise_team': 'enterprise_fulltime'}


def _key(header: str) -> str:
    return re.sub(r'[\s()（）]', '', header)


def _date(text: str) -> date | None:
    m = re.fullmatch(r'(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?', text.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _move(conn: sa.Connection, table: str, owner_sql: str) -> None:
    """Move known extra fields of `table`'s rows into person (and info_officer) columns."""
    rows = conn.execute(sa.text(
        f"SELECT t.id, t.extra, {owner_sql} FROM {table} t WHERE t.extra IS NOT NULL")).all()
    for rid, raw, person_id in rows:
        try:
            extra = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(extra, dict):
            continue
        person_set: dict[str, str] = {}
        post_set: dict[str, object] = {}
        for header in list(extra):
            value = str(extra[header]).strip()
            key = _key(str(header))
            if key in PERSON_KEYS and person_id is not None:
                col = PERSON_KEYS[key]
                current = conn.execute(sa.text(f"SELECT {col} FROM person WHERE id = :p"),
                                       {'p': person_id}).scalar()
                if current and current != value:
                    continue  # the column already says otherwise: keep both, the extra too
                person_set[col] = value
                del extra[header]
            elif key in POST_KEYS and table == 'info_officer':
                col = POST_KEYS[key]
                if col == 'skill_cert_date':
                    when = _date(value)
                    if when is None:
                        continue
                    post_set[col] = when
                else:
                    post_set[col] = value
                del extra[header]
        if person_set:
            conn.execute(sa.text('UPDATE person SET ' + ', '.join(
                f'{c} = :{c}' for c in person_set) + ' WHERE id = :pid'),
                {**person_set, 'pid': person_id})
        if post_set or person_set:
            post_set['extra'] = json.dumps(extra, ensure_ascii=False) if extra else None
            conn.execute(sa.text(f'UPDATE {table} SET ' + ', '.join(
                f'{c} = :{c}' for c in post_set) + ' WHERE id = :rid'), {**post_set, 'rid': rid})


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ethnicity', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('education', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('political_status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('address', sa.String(length=200), nullable=True))
    with op.batch_alter_table('info_officer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('skill_level', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('skill_cert_no', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('skill_cert_date', sa.Date(), nullable=True))
    with op.batch_alter_table('supply_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rotate_at_half_life', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('rescue_team', schema=None) as batch_op:
        batch_op.add_column(sa.Column('force_type', sa.String(length=24), nullable=True))
    op.create_table('equipment_standard',
    sa.Column('level', sa.String(length=24), nullable=False),
    sa.Column('force_type', sa.String(length=24), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=24), nullable=True),
    sa.Column('required_qty', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=True),
    sa.Column('basis', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_standard')),
    sa.UniqueConstraint('uuid', name=op.f('uq_equipment_standard_uuid'))
    )
    with op.batch_alter_table('equipment_standard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_standard_is_deleted'), ['is_deleted'],
                              unique=False)
        batch_op.create_index('ix_equipment_standard_key',
                              ['level', 'force_type', 'name', 'is_deleted'], unique=False)

    conn = op.get_bind()
    _move(conn, 'info_officer', 't.person_id')
    _move(conn, 'team_member', 't.person_id')
    for category, force in FORCE_OF_CATEGORY.items():
        conn.execute(sa.text('UPDATE rescue_team SET force_type = :f WHERE category = :c'),
                     {'f': force, 'c': category})


def downgrade() -> None:
    with op.batch_alter_table('equipment_standard', schema=None) as batch_op:
        batch_op.drop_index('ix_equipment_standard_key')
        batch_op.drop_index(batch_op.f('ix_equipment_standard_is_deleted'))
    op.drop_table('equipment_standard')
    with op.batch_alter_table('rescue_team', schema=None) as batch_op:
        batch_op.drop_column('force_type')
    with op.batch_alter_table('supply_item', schema=None) as batch_op:
        batch_op.drop_column('rotate_at_half_life')
    with op.batch_alter_table('info_officer', schema=None) as batch_op:
        batch_op.drop_column('skill_cert_date')
        batch_op.drop_column('skill_cert_no')
        batch_op.drop_column('skill_level')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('address')
        batch_op.drop_column('political_status')
        batch_op.drop_column('education')
        batch_op.drop_column('ethnicity')
