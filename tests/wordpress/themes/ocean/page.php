<?php
/**
 * Sida.
 *
 * @package ocean
 */

get_header(); ?>

	<div id="content-wrap" class="container clr">

		<div id="primary" class="content-area clr">

			<div id="content" class="site-content clr">

				<?php
				while ( have_posts() ) :
					the_post();
					?>

					<article class="single-page-article clr">

						<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
							<div class="thumbnail"><?php the_post_thumbnail( 'full', array( 'itemprop' => 'image' ) ); ?></div>
						<?php endif; ?>

						<div class="entry clr"<?php ocean_schema_markup( 'entry_content' ); ?>>
							<?php
							the_content();

							wp_link_pages(
								array(
									'before'      => '<div class="page-links">' . __( 'Sidor:', 'ocean' ),
									'after'       => '</div>',
									'link_before' => '<span class="page-number">',
									'link_after'  => '</span>',
								)
							);
							?>
						</div>

					</article>

					<?php
					if ( comments_open() || get_comments_number() ) {
						comments_template();
					}
					?>

				<?php endwhile; ?>

			</div><!-- #content -->

		</div><!-- #primary -->

		<?php get_sidebar(); ?>

	</div><!-- #content-wrap -->

<?php
get_footer();
