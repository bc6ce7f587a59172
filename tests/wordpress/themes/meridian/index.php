<?php
/**
 * Main template: blog index, archives, search results.
 *
 * @package Meridian
 */

get_header();
?>

<main id="mrd-content" class="mrd-content" itemprop="mainContentOfPage">

	<?php if ( is_home() && ! is_front_page() ) : ?>
		<header class="mrd-archive-header">
			<h1 class="mrd-archive-header__title"><?php single_post_title(); ?></h1>
		</header>
	<?php elseif ( is_home() ) : ?>
		<h1 class="screen-reader-text"><?php bloginfo( 'name' ); ?></h1>
	<?php elseif ( is_search() ) : ?>
		<header class="mrd-archive-header">
			<h1 class="mrd-archive-header__title">
				<?php
				printf(
					/* translators: %s: search query. */
					esc_html__( 'Sökresultat för: %s', 'meridian' ),
					'<span class="mrd-archive-header__query">' . esc_html( get_search_query( false ) ) . '</span>'
				);
				?>
			</h1>
		</header>
	<?php elseif ( is_archive() ) : ?>
		<header class="mrd-archive-header">
			<?php
			the_archive_title( '<h1 class="mrd-archive-header__title">', '</h1>' );
			the_archive_description( '<div class="mrd-archive-header__description">', '</div>' );
			?>
		</header>
	<?php endif; ?>

	<?php if ( have_posts() ) : ?>

		<?php
		while ( have_posts() ) :
			the_post();
			?>
			<article id="post-<?php the_ID(); ?>" itemscope itemtype="https://schema.org/BlogPosting" <?php post_class( 'mrd-card' ); ?>>
				<header class="mrd-card__header">
					<?php if ( is_sticky() && is_home() && ! is_paged() ) : ?>
						<span class="mrd-card__badge"><?php esc_html_e( 'Utvalt', 'meridian' ); ?></span>
					<?php endif; ?>

					<h2 class="mrd-card__title" itemprop="headline"><a href="<?php echo esc_url( get_permalink() ); ?>" rel="bookmark" itemprop="url"><?php the_title(); ?></a></h2>

					<p class="mrd-card__meta">
						<time itemprop="datePublished" datetime="<?php echo esc_attr( get_the_date( 'c' ) ); ?>"><?php echo esc_html( get_the_date() ); ?></time>
						<?php if ( ! post_password_required() && ( comments_open() || get_comments_number() ) ) : ?>
							&middot;
							<span class="mrd-card__comments">
								<?php
								comments_popup_link(
									esc_html__( 'Inga kommentarer', 'meridian' ),
									esc_html__( '1 kommentar', 'meridian' ),
									esc_html__( '% kommentarer', 'meridian' )
								);
								?>
							</span>
						<?php endif; ?>
					</p>
				</header>

				<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
					<a class="mrd-card__thumb" href="<?php echo esc_url( get_permalink() ); ?>" aria-hidden="true" tabindex="-1">
						<?php the_post_thumbnail( 'medium_large', array( 'itemprop' => 'image' ) ); ?>
					</a>
				<?php endif; ?>

				<div class="mrd-card__excerpt" itemprop="description">
					<?php the_excerpt(); ?>
				</div>

				<p class="mrd-card__footer">
					<a class="mrd-card__more" href="<?php echo esc_url( get_permalink() ); ?>">
						<?php
						printf(
							/* translators: %s: post title, only visible to screen readers. */
							esc_html__( 'Läs mer %s', 'meridian' ),
							'<span class="screen-reader-text">' . wp_kses_post( get_the_title() ) . '</span>'
						);
						?>
					</a>
				</p>
			</article>
			<?php
		endwhile;

		meridian_posts_pagination();
		?>

	<?php else : ?>

		<section class="mrd-not-found">
			<h2 class="mrd-not-found__title"><?php esc_html_e( 'Inget hittades', 'meridian' ); ?></h2>
			<?php if ( is_search() ) : ?>
				<p><?php esc_html_e( 'Inga inlägg matchade din sökning. Försök igen med andra sökord.', 'meridian' ); ?></p>
			<?php else : ?>
				<p><?php esc_html_e( 'Det finns inget att visa här ännu. Kanske hjälper en sökning?', 'meridian' ); ?></p>
			<?php endif; ?>
			<?php get_search_form(); ?>
		</section>

	<?php endif; ?>

</main>

<?php
get_sidebar();
get_footer();
