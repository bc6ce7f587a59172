<?php
/**
 * Main template: grid of post cards with numbered pagination.
 *
 * @package Gazette
 */

get_header();
?>
<div class="gz-container gz-layout">
	<main id="primary" class="gz-main">
		<?php gazette_breadcrumbs(); ?>

		<?php if ( is_search() ) : ?>
			<header class="gz-page-header">
				<h1 class="gz-page-header__title">
					<?php
					/* translators: %s: search query. */
					printf( esc_html__( 'Sökresultat för: %s', 'gazette' ), '<span>' . esc_html( get_search_query( false ) ) . '</span>' );
					?>
				</h1>
			</header>
		<?php elseif ( is_archive() ) : ?>
			<header class="gz-page-header">
				<?php
				the_archive_title( '<h1 class="gz-page-header__title">', '</h1>' );
				the_archive_description( '<div class="gz-page-header__desc">', '</div>' );
				?>
			</header>
		<?php elseif ( is_home() && ! is_front_page() ) : ?>
			<header class="gz-page-header">
				<h1 class="gz-page-header__title"><?php single_post_title(); ?></h1>
			</header>
		<?php else : ?>
			<h2 class="gz-section-title"><?php esc_html_e( 'Senaste nytt', 'gazette' ); ?></h2>
		<?php endif; ?>

		<?php if ( have_posts() ) : ?>
			<div class="gz-grid">
				<?php
				$gazette_index = 0;
				while ( have_posts() ) :
					the_post();
					$gazette_is_lead = ( 0 === $gazette_index && is_home() && ! is_paged() );
					$gazette_index++;
					?>
					<article id="post-<?php the_ID(); ?>" <?php post_class( $gazette_is_lead ? 'gz-card gz-card--lead' : 'gz-card' ); ?>>
						<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
							<a class="gz-card__media" href="<?php the_permalink(); ?>" tabindex="-1" aria-hidden="true">
								<?php the_post_thumbnail( $gazette_is_lead ? 'large' : 'gazette-card', array( 'alt' => '' ) ); ?>
							</a>
						<?php endif; ?>

						<div class="gz-card__body">
							<div class="gz-card__badges">
								<?php if ( is_sticky() && is_home() && ! is_paged() ) : ?>
									<span class="gz-badge gz-badge--sticky"><?php esc_html_e( 'Utvalt', 'gazette' ); ?></span>
								<?php endif; ?>
								<?php gazette_category_badge(); ?>
							</div>

							<?php the_title( sprintf( '<h2 class="gz-card__title"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ), '</a></h2>' ); ?>

							<div class="gz-card__meta">
								<?php echo gazette_get_date_markup(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in helper. ?>
								<span class="gz-card__sep" aria-hidden="true">&middot;</span>
								<span class="gz-card__author"><?php echo esc_html( get_the_author() ); ?></span>
							</div>

							<div class="gz-card__excerpt">
								<?php the_excerpt(); ?>
							</div>
						</div>
					</article>
				<?php endwhile; ?>
			</div>

			<?php
			the_posts_pagination(
				array(
					'mid_size'           => 2,
					'prev_text'          => esc_html__( '‹ Föregående', 'gazette' ),
					'next_text'          => esc_html__( 'Nästa ›', 'gazette' ),
					'screen_reader_text' => esc_html__( 'Sidnavigering', 'gazette' ),
					'aria_label'         => esc_attr__( 'Inlägg', 'gazette' ),
				)
			);
			?>

		<?php else : ?>
			<section class="gz-no-results">
				<h2><?php esc_html_e( 'Inget hittades', 'gazette' ); ?></h2>
				<p>
					<?php
					if ( is_search() ) {
						esc_html_e( 'Inga inlägg matchade din sökning. Försök igen med andra sökord.', 'gazette' );
					} else {
						esc_html_e( 'Det finns inga inlägg att visa här ännu. Prova att söka.', 'gazette' );
					}
					?>
				</p>
				<?php get_search_form(); ?>
			</section>
		<?php endif; ?>
	</main>

	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
