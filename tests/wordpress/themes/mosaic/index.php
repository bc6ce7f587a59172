<?php
/**
 * Huvudmall: startsida, arkiv och sökresultat.
 *
 * @package Mosaic
 */

get_header();
?>

<main id="ms-main" class="ms-main">

	<?php if ( is_home() && ! is_front_page() ) : ?>
		<header class="ms-archive-head">
			<h1><?php single_post_title(); ?></h1>
		</header>
	<?php elseif ( is_search() ) : ?>
		<header class="ms-archive-head">
			<h1>
				<?php
				/* translators: %s: sökfras. */
				printf( esc_html__( 'Sökresultat för "%s"', 'mosaic' ), esc_html( get_search_query( false ) ) );
				?>
			</h1>
		</header>
	<?php elseif ( is_archive() ) : ?>
		<header class="ms-archive-head">
			<?php the_archive_title( '<h1>', '</h1>' ); ?>
			<?php the_archive_description( '<div class="ms-archive-head__desc">', '</div>' ); ?>
		</header>
	<?php endif; ?>

	<?php if ( have_posts() ) : ?>

		<?php
		while ( have_posts() ) :
			the_post();
			?>
			<article id="post-<?php the_ID(); ?>" <?php post_class( 'ms-card' ); ?>>

				<?php if ( is_sticky() && is_home() && ! is_paged() ) : ?>
					<span class="ms-card__flag"><?php esc_html_e( 'Utvalt', 'mosaic' ); ?></span>
				<?php endif; ?>

				<h2 class="ms-card__title">
					<a href="<?php the_permalink(); ?>"><?php the_title(); ?></a>
				</h2>

				<div class="ms-card__info">
					<time datetime="<?php echo esc_attr( get_the_date( 'c' ) ); ?>"><?php echo esc_html( get_the_date( 'd.m.Y' ) ); ?></time>
					<span class="ms-card__author"><?php echo esc_html( get_the_author() ); ?></span>
					<?php if ( ! post_password_required() && ( comments_open() || get_comments_number() ) ) : ?>
						<?php $mosaic_n = (int) get_comments_number(); ?>
						<a class="ms-card__talk" href="<?php echo esc_url( get_comments_link() ); ?>">
							<?php
							if ( 0 === $mosaic_n ) {
								esc_html_e( 'Inga kommentarer', 'mosaic' );
							} else {
								/* translators: %s: antal kommentarer. */
								printf( esc_html( _n( '%s kommentar', '%s kommentarer', $mosaic_n, 'mosaic' ) ), esc_html( number_format_i18n( $mosaic_n ) ) );
							}
							?>
						</a>
					<?php endif; ?>
				</div>

				<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
					<a class="ms-card__thumb" href="<?php the_permalink(); ?>" aria-hidden="true" tabindex="-1">
						<?php the_post_thumbnail( 'large' ); ?>
					</a>
				<?php endif; ?>

				<div class="ms-card__summary">
					<?php the_excerpt(); ?>
				</div>

				<p class="ms-card__more">
					<a href="<?php the_permalink(); ?>">
						<?php esc_html_e( 'Läs hela inlägget', 'mosaic' ); ?><span class="screen-reader-text">: <?php the_title(); ?></span> &rarr;
					</a>
				</p>
			</article>
		<?php endwhile; ?>

		<?php mosaic_pagination(); ?>

	<?php else : ?>

		<section class="ms-empty">
			<h2><?php esc_html_e( 'Inget hittades', 'mosaic' ); ?></h2>
			<?php if ( is_search() ) : ?>
				<p><?php esc_html_e( 'Inga inlägg matchade din sökning. Prova med andra ord.', 'mosaic' ); ?></p>
			<?php else : ?>
				<p><?php esc_html_e( 'Här finns inga inlägg ännu.', 'mosaic' ); ?></p>
			<?php endif; ?>
			<?php get_search_form(); ?>
		</section>

	<?php endif; ?>

</main>

<?php
get_sidebar();
get_footer();
