<?php
/**
 * Kategoriarkiv (td_category_template_1): rubrik, underkategorier, stort rutnät på första sidan.
 *
 * @package Tidning
 */

get_header();

$tidning_cat = get_queried_object();
?>

<div class="td-category-header td-container-wrap">
	<div class="td-container">
		<div class="td-pb-row">
			<div class="td-pb-span12">
				<?php tidning_breadcrumbs(); ?>
				<h1 class="entry-title td-page-title"><?php single_cat_title(); ?></h1>
				<?php the_archive_description( '<div class="td-category-description">', '</div>' ); ?>
			</div>
		</div>
		<?php
		$tidning_children = get_categories( array(
			'parent'     => $tidning_cat->term_id,
			'hide_empty' => true,
		) );
		if ( $tidning_children ) :
			?>
			<div class="td-category-siblings">
				<ul class="td-category">
					<li class="entry-category"><a class="td-current-sub-category" href="<?php echo esc_url( get_category_link( $tidning_cat ) ); ?>"><?php esc_html_e( 'Alla', 'tidning' ); ?></a></li>
					<?php foreach ( $tidning_children as $tidning_child ) : ?>
						<li class="entry-category"><a href="<?php echo esc_url( get_category_link( $tidning_child ) ); ?>"><?php echo esc_html( $tidning_child->name ); ?></a></li>
					<?php endforeach; ?>
				</ul>
				<div class="clearfix"></div>
			</div>
		<?php endif; ?>
	</div>
</div>

<?php
if ( ! is_paged() ) {
	tidning_big_grid( $tidning_cat->term_id );
}
?>

<div class="td-main-content-wrap td-container-wrap">
	<div class="td-container">
		<div class="td-pb-row">
			<div class="td-pb-span8 td-main-content">
				<div class="td-ss-main-content">
					<?php get_template_part( 'template-parts/loop' ); ?>
				</div>
			</div>
			<?php get_sidebar(); ?>
		</div> <!-- /.td-pb-row -->
	</div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
