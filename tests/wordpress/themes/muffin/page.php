<?php
/**
 * The template for displaying all pages.
 *
 * BeTheme pages print no title of their own: the only title is the
 * Subheader's h1.title in header.php.
 *
 * @package Betheme
 * @author Muffin group
 */

get_header();
?>

<!-- #Content -->
<div id="Content">
	<div class="content_wrapper clearfix">

		<!-- .sections_group -->
		<div class="sections_group">

			<div class="entry-content" itemprop="mainContentOfPage">

				<?php
				while ( have_posts() ) {
					the_post();
					get_template_part( 'includes/builder', 'content' );
				}
				?>

				<div class="section section-page-footer">
					<div class="section_wrapper clearfix">

						<div class="column one page-pager">
							<?php
							wp_link_pages( array(
								'before'         => '<div class="pager-single">',
								'after'          => '</div>',
								'link_before'    => '<span>',
								'link_after'     => '</span>',
								'next_or_number' => 'number',
							) );
							?>
						</div>

					</div>
				</div>

			</div>

			<?php if ( comments_open() || get_comments_number() ) : ?>
				<div class="section section-page-comments">
					<div class="section_wrapper clearfix">

						<div class="column one comments">
							<?php comments_template( '', true ); ?>
						</div>

					</div>
				</div>
			<?php endif; ?>

		</div>

		<!-- .four-columns - sidebar -->
		<?php get_sidebar(); ?>

	</div>
</div>

<?php get_footer();
