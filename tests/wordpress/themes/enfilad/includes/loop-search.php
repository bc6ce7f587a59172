<?php
/**
 * Enfold's includes/loop-search.php: numbered results with title, meta and an excerpt.
 * Pages and posts are both listed.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

global $wp_query;

$enfilad_paged      = max( 1, (int) get_query_var( 'paged' ) );
$enfilad_per_page   = (int) get_query_var( 'posts_per_page' );
$enfilad_loop_count = 1 + ( $enfilad_paged - 1 ) * max( 1, $enfilad_per_page );
$enfilad_i          = 1;

if ( have_posts() ) :

	while ( have_posts() ) :
		the_post();

		$enfilad_the_id = get_the_ID();
		$enfilad_parity = $enfilad_i % 2 ? 'odd' : 'even';
		$enfilad_last   = count( $wp_query->posts ) == $enfilad_i ? ' post-entry-last ' : '';
		$enfilad_format = get_post_format() ? get_post_format() : 'standard';
		?>

		<article class='<?php echo esc_attr( implode( ' ', get_post_class( "post-entry post-entry-type-{$enfilad_format} post-entry-{$enfilad_the_id} post-loop-{$enfilad_i} post-parity-{$enfilad_parity} {$enfilad_last}" ) ) ); ?>' <?php echo enfilad_markup( 'entry' ); ?>>
			<div class="entry-content-wrapper clearfix <?php echo esc_attr( $enfilad_format ); ?>-content">

				<span class='search-result-counter '><?php echo (int) $enfilad_loop_count; ?></span>
				<div class='entry-content-wrapper'>
					<header class="entry-content-header">
						<?php
						$enfilad_title = get_the_title();
						if ( '' !== $enfilad_title ) {
							echo "<h2 class='post-title entry-title ' " . enfilad_markup( 'entry_title' ) . "><a href='" . esc_url( get_permalink() ) . "' rel='bookmark' title='Permanent länk: " . esc_attr( $enfilad_title ) . "'>" . $enfilad_title . '</a></h2>'; // phpcs:ignore
						}
						?>

						<span class='post-meta-infos'>
							<time class='date-container minor-meta updated' <?php echo enfilad_markup( 'entry_time' ); ?>><?php echo esc_html( get_the_time( get_option( 'date_format' ) ) ); ?></time>
							<?php
							if ( 'post' === get_post_type() ) {
								if ( get_comments_number() != '0' || comments_open() ) {
									echo "<span class='text-sep'>/</span>";
									echo "<span class='comment-container minor-meta'>";
									comments_popup_link( '0 Kommentarer', '1 Kommentar', '% Kommentarer', 'comments-link', 'Kommentarer inaktiverade' );
									echo '</span>';
								}

								$enfilad_cats = get_the_term_list( $enfilad_the_id, 'category', '', ', ', '' );
								if ( is_string( $enfilad_cats ) && '' !== $enfilad_cats ) {
									echo "<span class='text-sep'>/</span>";
									echo '<span class="blog-categories minor-meta">i ' . $enfilad_cats . ' </span>'; // phpcs:ignore
								}

								echo "<span class='text-sep'>/</span>";
								echo '<span class="blog-author minor-meta">av <span class="entry-author-link" ' . enfilad_markup( 'author_name' ) . '><span class="author"><span class="fn"><a href="' . esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ) . '" title="Inlägg av ' . esc_attr( get_the_author() ) . '" rel="author">' . esc_html( get_the_author() ) . '</a></span></span></span></span>';
							}
							?>
						</span>
					</header>

					<div class="entry-content" <?php echo enfilad_markup( 'entry_content' ); ?>>
						<?php
						the_excerpt();
						echo '<div class="read-more-link"><a href="' . esc_url( get_permalink() ) . '" class="more-link">Läs mer<span class="more-link-arrow"></span></a></div>';
						?>
					</div>
				</div>
			</div>
			<footer class="entry-footer"></footer>
			<?php echo enfilad_blog_entry_markup_helper( $enfilad_the_id ); // phpcs:ignore ?>
		</article><!--end post-entry-->
		<?php
		$enfilad_loop_count++;
		$enfilad_i++;
	endwhile;

else :
	?>

	<article class="entry entry-content-wrapper clearfix" id='search-fail'>
		<p class="entry-content">
			<strong>Inget hittades</strong><br />
			Tyvärr, inga inlägg matchade dina sökkriterier. Försök igen med andra sökord.
		</p>

		<div class='hr_invisible'></div>

		<section class="404_recommendation">
			<p><strong>För bästa sökresultat, tänk på följande:</strong></p>
			<ul class='borderlist-not'>
				<li>Kontrollera stavningen.</li>
				<li>Ett ord med fel stavning eller en synonym kan ge bättre resultat.</li>
				<li>Försök med färre sökord.</li>
			</ul>
			<div class='hr_invisible'></div>
		</section>
	</article>

	<?php
endif;

echo enfilad_pagination(); // phpcs:ignore
