<?php
/**
 * Arkiv: kategori, nyckelord, skribent, datum.
 *
 * @package Dossier
 */

get_header();

list( $dossier_prefix, $dossier_title ) = dossier_archive_heading();
?>

<div class="wrap listing-layout">
	<main id="primary" class="site-main site-main--listing">

		<header class="page-header">
			<?php if ( is_author() ) : ?>
				<div class="author-header">
					<?php echo get_avatar( (int) get_queried_object_id(), 96 ); ?>
					<div>
						<h1 class="page-title">
							<span class="page-title__prefix"><?php echo esc_html( $dossier_prefix ); ?></span>
							<?php echo esc_html( $dossier_title ); ?>
						</h1>
						<?php
						$dossier_author_bio = get_the_author_meta( 'description', (int) get_queried_object_id() );
						if ( $dossier_author_bio ) :
							?>
							<div class="archive-description"><?php echo wp_kses_post( wpautop( $dossier_author_bio ) ); ?></div>
						<?php endif; ?>
					</div>
				</div>
			<?php else : ?>
				<h1 class="page-title">
					<?php if ( $dossier_prefix ) : ?>
						<span class="page-title__prefix"><?php echo esc_html( $dossier_prefix ); ?></span>
					<?php endif; ?>
					<?php echo esc_html( $dossier_title ); ?>
				</h1>
				<?php the_archive_description( '<div class="archive-description">', '</div>' ); ?>
			<?php endif; ?>
		</header>

		<?php
		if ( have_posts() ) :
			while ( have_posts() ) :
				the_post();
				get_template_part( 'template-parts/content', get_post_type() );
			endwhile;

			dossier_pagination();
		else :
			get_template_part( 'template-parts/content', 'none' );
		endif;
		?>

	</main>

	<?php get_sidebar(); ?>
</div>

<?php
get_footer();
