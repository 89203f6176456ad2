"""resources outside the office: shelter, shelter_region, hazard_point, expert, contact_entry,
flood_pledge

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 17:33:55
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('shelter',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('duration', sa.String(length=24), nullable=True),
    sa.Column('space', sa.String(length=24), nullable=True),
    sa.Column('function', sa.String(length=24), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('area_m2', sa.Float(), nullable=True),
    sa.Column('effective_area_m2', sa.Float(), nullable=True),
    sa.Column('manager', sa.String(length=50), nullable=True),
    sa.Column('manager_phone', sa.String(length=30), nullable=True),
    sa.Column('facilities', sa.Text(), nullable=True),
    sa.Column('last_inspection', sa.Date(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('served_summary', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_shelter_region_id_region'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shelter')),
    sa.UniqueConstraint('uuid', name=op.f('uq_shelter_uuid'))
    )
    with op.batch_alter_table('shelter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shelter_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_shelter_region_id'), ['region_id'], unique=False)

    op.create_table('hazard_point',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('hazard_type', sa.String(length=24), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('households', sa.Integer(), nullable=True),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.Column('monitor', sa.String(length=50), nullable=True),
    sa.Column('monitor_phone', sa.String(length=30), nullable=True),
    sa.Column('responsible', sa.String(length=50), nullable=True),
    sa.Column('responsible_phone', sa.String(length=30), nullable=True),
    sa.Column('route', sa.Text(), nullable=True),
    sa.Column('shelter_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_hazard_point_region_id_region'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['shelter_id'], ['shelter.id'], name=op.f('fk_hazard_point_shelter_id_shelter'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hazard_point')),
    sa.UniqueConstraint('uuid', name=op.f('uq_hazard_point_uuid'))
    )
    with op.batch_alter_table('hazard_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hazard_point_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_hazard_point_region_id'), ['region_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hazard_point_shelter_id'), ['shelter_id'], unique=False)

    op.create_table('shelter_region',
    sa.Column('shelter_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_shelter_region_region_id_region'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shelter_id'], ['shelter.id'], name=op.f('fk_shelter_region_shelter_id_shelter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('shelter_id', 'region_id', name=op.f('pk_shelter_region'))
    )
    with op.batch_alter_table('shelter_region', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shelter_region_region_id'), ['region_id'], unique=False)

    op.create_table('contact_entry',
    sa.Column('category', sa.String(length=24), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=100), nullable=True),
    sa.Column('person', sa.String(length=50), nullable=False),
    sa.Column('office_phone', sa.String(length=30), nullable=True),
    sa.Column('mobile', sa.String(length=20), nullable=True),
    sa.Column('last_verified', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_contact_entry_region_id_region'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_entry')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contact_entry_uuid'))
    )
    with op.batch_alter_table('contact_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_entry_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_entry_region_id'), ['region_id'], unique=False)

    op.create_table('expert',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=True),
    sa.Column('specialty', sa.String(length=100), nullable=True),
    sa.Column('title', sa.String(length=50), nullable=True),
    sa.Column('expert_group', sa.String(length=50), nullable=True),
    sa.Column('source', sa.String(length=24), nullable=False),
    sa.Column('available', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_expert_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expert')),
    sa.UniqueConstraint('uuid', name=op.f('uq_expert_uuid'))
    )
    with op.batch_alter_table('expert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expert_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_expert_person_id'), ['person_id'], unique=False)

    op.create_table('flood_pledge',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=32), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('responsible', sa.String(length=50), nullable=False),
    sa.Column('post', sa.String(length=100), nullable=True),
    sa.Column('issuer', sa.String(length=100), nullable=True),
    sa.Column('signed_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_flood_pledge_region_id_region'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flood_pledge')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flood_pledge_uuid'))
    )
    with op.batch_alter_table('flood_pledge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flood_pledge_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_flood_pledge_region_id'), ['region_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flood_pledge_year'), ['year'], unique=False)


def downgrade() -> None:

    with op.batch_alter_table('flood_pledge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flood_pledge_year'))
        batch_op.drop_index(batch_op.f('ix_flood_pledge_region_id'))
        batch_op.drop_index(batch_op.f('ix_flood_pledge_is_deleted'))

    op.drop_table('flood_pledge')

    with op.batch_alter_table('expert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expert_person_id'))
        batch_op.drop_index(batch_op.f('ix_expert_is_deleted'))

    op.drop_table('expert')
    with op.batch_alter_table('contact_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_entry_region_id'))
        batch_op.drop_index(batch_op.f('ix_contact_entry_is_deleted'))

    op.drop_table('contact_entry')

    with op.batch_alter_table('shelter_region', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shelter_region_region_id'))

    op.drop_table('shelter_region')
    with op.batch_alter_table('hazard_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hazard_point_shelter_id'))
        batch_op.drop_index(batch_op.f('ix_hazard_point_region_id'))
        batch_op.drop_index(batch_op.f('ix_hazard_point_is_deleted'))

    op.drop_table('hazard_point')
    with op.batch_alter_table('shelter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shelter_region_id'))
        batch_op.drop_index(batch_op.f('ix_shelter_is_deleted'))

    op.drop_table('shelter')
