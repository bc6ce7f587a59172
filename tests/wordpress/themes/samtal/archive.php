<?php
/**
 * Arkiv (kategori, etikett, författare, datum).
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();
?>
	<div class="content-area" id="primary">
		<main class="site-main" id="main">
			<?php if ( have_posts() ) : ?>
				<header class="page-header" aria-label="<?php esc_attr_e( 'Sida', 'samtal' ); ?>">
					<h1 class="page-title"><?php the_archive_title(); ?></h1>
					<?php
					if ( is_author() ) {
						$samtal_bio = get_the_author_meta( 'description', get_queried_object_id() );
						if ( $samtal_bio ) {
							echo '<div class="author-info">' . wp_kses_post( wpautop( $samtal_bio ) ) . '</div>';
						}
					} else {
						the_archive_description( '<div class="taxonomy-description">', '</div>' );
					}
					?>
				</header>
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'content', get_post_format() );
				endwhile;

				samtal_content_nav();
			else :
				get_template_part( 'no-results' );
			endif;
			?>
		</main>
	</div>
	<?php
	get_sidebar();
	get_footer();
