<?php
/**
 * Archives: category, tag, author, date.
 *
 * @package solid
 */

get_header();

$solid_label = '';
$solid_title = '';
if ( is_category() ) {
	$solid_label = 'Kategori:';
	$solid_title = single_cat_title( '', false );
} elseif ( is_tag() ) {
	$solid_label = 'Etikett:';
	$solid_title = single_tag_title( '', false );
} elseif ( is_author() ) {
	$solid_label = 'Författare:';
	$solid_author_obj = get_queried_object();
	$solid_title = ( $solid_author_obj && isset( $solid_author_obj->display_name ) ) ? $solid_author_obj->display_name : '';
} elseif ( is_day() ) {
	$solid_label = 'Dagsarkiv:';
	$solid_title = get_the_date();
} elseif ( is_month() ) {
	$solid_label = 'Månadsarkiv:';
	$solid_title = get_the_date( 'F Y' );
} elseif ( is_year() ) {
	$solid_label = 'Årsarkiv:';
	$solid_title = get_the_date( 'Y' );
} else {
	$solid_label = 'Arkiv:';
	$solid_title = wp_strip_all_tags( get_the_archive_title() );
}
?>
<div class="container penci-breadcrumb-wrap">
	<?php solid_breadcrumb( 'archive-breadcrumb' ); ?>
</div>
<div class="container penci_sidebar right-sidebar">
	<div id="main" class="penci-layout-list penci-main-sticky-sidebar">
		<div class="theiaStickySidebar">
			<div class="archive-box">
				<div class="title-bar">
					<span><?php echo esc_html( $solid_label ); ?></span> <h1><?php echo esc_html( $solid_title ); ?></h1>
				</div>
			</div>

			<?php if ( ( is_category() || is_tag() ) && term_description() ) : ?>
				<div class="post-entry penci-category-description">
					<div class="penci-category-description-inner">
						<?php echo wp_kses_post( term_description() ); ?>
					</div>
				</div>
			<?php endif; ?>

			<?php if ( is_author() ) : ?>
				<?php
				$solid_aid = get_queried_object_id();
				?>
				<div class="post-author abio-style-1 bioimg-round penci-author-archive">
					<div class="author-img">
						<?php echo get_avatar( $solid_aid, 100 ); ?>
					</div>
					<div class="author-content">
						<h5><a href="<?php echo esc_url( get_author_posts_url( $solid_aid ) ); ?>" title="Inlägg av <?php echo esc_attr( get_the_author_meta( 'display_name', $solid_aid ) ); ?>" rel="author"><?php echo esc_html( get_the_author_meta( 'display_name', $solid_aid ) ); ?></a></h5>
						<?php if ( get_the_author_meta( 'description', $solid_aid ) ) : ?>
							<p><?php echo wp_kses_post( get_the_author_meta( 'description', $solid_aid ) ); ?></p>
						<?php endif; ?>
					</div>
				</div>
			<?php endif; ?>

			<?php get_template_part( 'template-parts/loop', 'list' ); ?>
		</div>
	</div>
	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
