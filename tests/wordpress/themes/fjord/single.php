<?php
/**
 * Mall för enskilda inlägg.
 *
 * @package Fjord
 */

get_header(); ?>

	<div id="content" class="widecolumn">

	<?php while ( have_posts() ) : the_post(); ?>

		<div <?php post_class(); ?> id="post-<?php the_ID(); ?>">
			<h2><?php the_title(); ?></h2>

			<div class="postmeta">
				<?php esc_html_e( 'Skrivet den', 'fjord' ); ?> <?php the_time( get_option( 'date_format' ) ); ?> <?php esc_html_e( 'av', 'fjord' ); ?> <?php the_author_posts_link(); ?>
			</div>

			<?php
			$fjord_categories = fjord_term_links( get_the_category(), 'category' );
			$fjord_tags       = fjord_term_links( get_the_tags(), 'post_tag' );
			if ( $fjord_categories || $fjord_tags ) :
				?>
			<div class="postmetadata">
				<?php if ( $fjord_categories ) : ?>
				<span class="cat-links"><?php esc_html_e( 'Kategori:', 'fjord' ); ?> <?php echo $fjord_categories; // Escaped in fjord_term_links(). ?></span>
				<?php endif; ?>
				<?php if ( $fjord_tags ) : ?>
				<span class="tag-links"><?php esc_html_e( 'Etiketter:', 'fjord' ); ?> <?php echo $fjord_tags; // Escaped in fjord_term_links(). ?></span>
				<?php endif; ?>
			</div>
			<?php endif; ?>

			<div class="entry">
				<?php the_content( __( 'Läs resten av inlägget &raquo;', 'fjord' ) ); ?>
				<?php
				wp_link_pages( array(
					'before'         => '<p class="pagelinks"><strong>' . esc_html__( 'Sidor:', 'fjord' ) . '</strong> ',
					'after'          => '</p>',
					'next_or_number' => 'number',
				) );
				?>
			</div>

			<?php edit_post_link( __( 'Redigera inlägget', 'fjord' ), '<p class="edit-link">', '</p>' ); ?>
		</div><!-- #post-<?php the_ID(); ?> -->

		<div class="navigation">
			<div class="alignleft"><?php previous_post_link( '%link', '&laquo; %title' ); ?></div>
			<div class="alignright"><?php next_post_link( '%link', '%title &raquo;' ); ?></div>
		</div>

		<?php comments_template(); ?>

	<?php endwhile; ?>

	</div><!-- #content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
