<?php
/**
 * Mall för sidor.
 *
 * @package Fjord
 */

get_header(); ?>

	<div id="content" class="widecolumn">

	<?php while ( have_posts() ) : the_post(); ?>

		<div <?php post_class(); ?> id="post-<?php the_ID(); ?>">
			<h2><?php the_title(); ?></h2>

			<div class="entry">
				<?php the_content( __( 'Läs resten av sidan &raquo;', 'fjord' ) ); ?>
				<?php
				wp_link_pages( array(
					'before'         => '<p class="pagelinks"><strong>' . esc_html__( 'Sidor:', 'fjord' ) . '</strong> ',
					'after'          => '</p>',
					'next_or_number' => 'number',
				) );
				?>
			</div>

			<?php edit_post_link( __( 'Redigera sidan', 'fjord' ), '<p class="edit-link">', '</p>' ); ?>
		</div><!-- #post-<?php the_ID(); ?> -->

		<?php
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}
		?>

	<?php endwhile; ?>

	</div><!-- #content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
