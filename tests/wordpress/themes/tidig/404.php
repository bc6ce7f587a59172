<?php
/**
 * 404 – Newspapers 404.php: felmeddelande och "Våra senaste inlägg" (td_module_1).
 */
get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container">
        <div class="td-pb-row">
            <div class="td-pb-span12 td-main-content">
                <div class="td-404-title">
                    Hoppsan... Fel 404                </div>

                <div class="td-404-sub-title">
                    Tyvärr finns inte sidan du letar efter.                </div>

                <div class="td-404-sub-sub-title">
                    Gå till <a href="<?php echo esc_url( home_url( '/' ) ); ?>">STARTSIDAN</a>                </div>

                <h4 class="block-title"><span>VÅRA SENASTE INLÄGG</span></h4>

                <?php
                $tidig_latest = new WP_Query(
                    array(
                        'post_type'           => 'post',
                        'post_status'         => 'publish',
                        'posts_per_page'      => 6,
                        'ignore_sticky_posts' => true,
                        'no_found_rows'       => true,
                    )
                );
                $tidig_i = 0;
                foreach ( $tidig_latest->posts as $tidig_p ) {
                    if ( 0 === $tidig_i % 3 ) {
                        echo "\n" . '<div class="td-block-row">';
                    }
                    echo "\n\t" . '<div class="td-block-span4">' . tidig_module( 'td_module_1', $tidig_p ) . "\n\t" . '</div> <!-- ./td-block-span4 -->'; // phpcs:ignore
                    $tidig_i++;
                    if ( 0 === $tidig_i % 3 ) {
                        echo '</div><!--./row-fluid-->';
                    }
                }
                if ( 0 !== $tidig_i % 3 ) {
                    echo '</div><!--./row-fluid-->';
                }
                ?>
            </div>
        </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
